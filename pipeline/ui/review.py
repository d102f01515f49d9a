"""Review screen: one passage at a time, in its conversation; say yes or no to codes.

Every click runs a callback that commits the decision before the script reruns, so
the next screen is drawn only after the decision is on disk.
"""

from __future__ import annotations

import html

import streamlit as st

from pipeline.ui import state
from pipeline.ui.keys import Keys

STATUS_WORDS = {
    "todo": "Not yet coded by me",
    "done": "Already coded by me",
    "suggested": "Has a suggestion I have not answered",
}
ORDER_WORDS = {"transcript": "In transcript order", "informative": "Most useful first"}
ERROR_KEY = "review_error"
MAX_SUGGESTIONS = 6
SHORTCUT_DIGITS = ("1", "2", "3")


# ---------------------------------------------------------------- actions (callbacks)


def _run_action(action, done_message: str | None) -> bool:
    return state.run_action(action, done_message, ERROR_KEY)


def decide(segment_id: int, code_key: str, decision: str, source: str, label: str) -> None:
    from pipeline import coding

    coder = state.current_coder()
    word = "yes" if decision == "confirmed" else "no"
    _run_action(
        lambda s: coding.record_decision(s, segment_id=segment_id, code_key=code_key, coder=coder,
                                         decision=decision, source=source),
        f"Saved: {label} — {word}",
    )


def add_typed_code(segment_id: int) -> None:
    code_key = st.session_state.get(Keys.ADD_CODE.of(segment_id))
    if not code_key:
        st.session_state[ERROR_KEY] = state.words("E703")
        return
    decide(segment_id, code_key, "confirmed", "typed", code_key)
    st.session_state[Keys.ADD_CODE.of(segment_id)] = None


def save_memo(segment_id: int) -> None:
    from pipeline import coding

    key = Keys.MEMO.of(segment_id)
    text = (st.session_state.get(key) or "").strip()
    if not text:
        st.session_state[ERROR_KEY] = state.words("E704")
        return
    coder = state.current_coder()
    if _run_action(lambda s: coding.add_memo(s, segment_id=segment_id, coder=coder, text=text), "Note saved"):
        st.session_state[key] = ""


def move(step: int) -> None:
    queue = st.session_state.get(Keys.QUEUE, {}).get("ids", [])
    if not queue:
        return
    current = st.session_state.get(Keys.CURRENT_SEGMENT)
    try:
        i = queue.index(current) + step
    except ValueError:
        i = 0
    st.session_state[Keys.CURRENT_SEGMENT] = queue[max(0, min(i, len(queue) - 1))]


def open_segment(segment_id: int) -> None:
    """Show this passage next on the Review screen (used by the Transcript screen)."""
    st.session_state[Keys.CURRENT_SEGMENT] = segment_id


# ---------------------------------------------------------------- queue


def filters_sidebar(options: dict, codes: list) -> dict:
    with st.sidebar:
        st.markdown("**Which passages**")
        any_ = "Any"
        site = st.selectbox("Site", options["site"], index=None, placeholder=any_, key=Keys.FILTER_SITE)
        group = st.selectbox("Group", options["group"], index=None, placeholder=any_, key=Keys.FILTER_GROUP)
        speaker = st.selectbox("Speaker", options["speaker"], index=None, placeholder=any_, key=Keys.FILTER_SPEAKER)
        labels = {c.key: c.label for c in codes}
        code = st.selectbox("Code", list(labels), format_func=labels.get, index=None, placeholder=any_,
                            key=Keys.FILTER_CODE, help="Only passages where this code was suggested or chosen.")
        status = st.selectbox("Status", list(STATUS_WORDS), format_func=STATUS_WORDS.get, index=None,
                              placeholder="All passages", key=Keys.FILTER_STATUS)
        order = st.radio("Order", list(ORDER_WORDS), format_func=ORDER_WORDS.get, key=Keys.ORDER,
                         help="'Most useful first' shows the passages where the helper is least sure: "
                              "your answers there teach it the most.")
        skip = st.toggle("Skip short replies", value=True, key=Keys.SKIP_BACKCHANNEL,
                         help="Hides back-channel replies such as 'mm-hm' or 'yeah' that carry no content.")
    return {"site": site, "group": group, "speaker": speaker, "code": code, "status": status,
            "order": order or "transcript", "skip_backchannel": skip}


def current_queue(database, coder: str, filters: dict) -> list[int]:
    """The passage ids to review, kept for the session until the filters change.

    Keeping the list fixed means a passage does not vanish from under the coder the
    moment they code it (e.g. with the 'not yet coded' filter).
    """
    from pipeline.review_queue import review_queue

    cache_key = (coder, tuple(sorted(filters.items())))
    cached = st.session_state.get(Keys.QUEUE)
    if cached and cached.get("key") == cache_key:
        return cached["ids"]
    with database.session() as s:
        ids = list(review_queue(s, coder=coder, **filters))
    st.session_state[Keys.QUEUE] = {"key": cache_key, "ids": ids}
    current = st.session_state.get(Keys.CURRENT_SEGMENT)
    # New filters start at the top of their list; a passage opened from the Transcript
    # screen before the list existed stays open.
    if ids and current not in ids and (cached is not None or current is None):
        st.session_state[Keys.CURRENT_SEGMENT] = ids[0]
    return ids


# ---------------------------------------------------------------- drawing


def _turn_html(turn, current: bool) -> str:
    when = f" · {html.escape(turn.timestamp)}" if turn.timestamp else ""
    who = html.escape(turn.speaker)
    if turn.role == "facilitator" and "facilitator" not in turn.speaker.lower():
        who += " (facilitator)"
    words = html.escape(turn.text)
    if current:
        return (
            "<div style='border-left:6px solid #2F6F73;background:#FFF8E6;padding:0.8em 1em;"
            "margin:0.4em 0;border-radius:6px;font-size:1.15em'>"
            f"<div style='font-size:0.8em;color:#555'>{who}{when} · <b>this passage</b></div>{words}</div>"
        )
    return (
        "<div style='padding:0.3em 1em;margin:0.2em 0;color:#3d4a4f'>"
        f"<div style='font-size:0.8em;color:#6b7478'>{who}{when}</div>{words}</div>"
    )


def draw_conversation(ctx) -> None:
    st.caption(f"{ctx.site} · {ctx.group} · {ctx.transcript_name}")
    parts = []
    if ctx.question is not None:
        parts.append("<div style='font-size:0.8em;color:#6b7478;margin-top:0.3em'>The question being answered</div>")
        parts.append(_turn_html(ctx.question, False))
        parts.append("<hr style='margin:0.4em 0;border:none;border-top:1px dashed #ccd'>")
    for turn in ctx.turns:
        if turn.is_current:
            # The stored segment text, which may be part of a long turn.
            turn = type(turn)(turn.turn_id, turn.speaker, turn.role, turn.timestamp, ctx.text, True)
        parts.append(_turn_html(turn, turn.is_current))
    st.markdown("".join(parts), unsafe_allow_html=True)
    if ctx.is_backchannel:
        st.caption("This is a short reply (back-channel); it usually needs no code.")


def _evidence_lines(evidence: dict) -> list[str]:
    lines = []
    for key, value in (evidence or {}).items():
        if key in ("matched_terms", "terms", "keywords") and value:
            lines.append("Words that match the code: " + ", ".join(f"“{v}”" for v in value))
        elif key in ("similar_example", "nearest_example", "example") and value:
            lines.append(f"Similar to this example: “{value}”")
        elif key in ("similarity", "score", "prototype_similarity") and isinstance(value, (int, float)):
            lines.append(f"How close in meaning (0 to 1): {value:.2f}")
        elif key == "question" and value:
            lines.append(f"Read together with the question: “{value}”")
        elif value not in (None, "", [], {}):
            lines.append(f"{key.replace('_', ' ').capitalize()}: {value}")
    return lines or ["The helper found this code close in meaning to the passage."]


def draw_suggestions(seg_id: int, suggestions: list, codes: dict, mine: dict) -> set[str]:
    st.markdown("#### Suggested codes")
    st.caption("A helper suggests these. You decide: **Yes** if the code fits this passage, **No** if it does not.")
    shown = set()
    if not suggestions:
        st.write("No suggestions for this passage. Add a code below if one fits.")
    for i, sug in enumerate(suggestions[:MAX_SUGGESTIONS]):
        code = codes.get(sug.code_key)
        label = code.label if code else sug.code_key
        shown.add(sug.code_key)
        decision = mine.get(sug.code_key)
        with st.container(border=True):
            left, yes, no = st.columns([6, 2, 2], vertical_alignment="center")
            with left:
                dot = f"<span style='color:{code.color if code else '#888'}'>●</span> "
                st.markdown(f"{dot}**{html.escape(label)}** — {sug.confidence}", unsafe_allow_html=True)
                if code and code.definition:
                    st.caption(code.definition)
                if decision:
                    st.caption("Your answer: " + ("**yes**" if decision == "confirmed" else "**no**"))
                with st.expander("Why is this suggested?"):
                    for line in _evidence_lines(sug.evidence):
                        st.write(line)
            source = getattr(sug, "engine", None) or "suggestion"
            with yes:
                st.button("Yes, it fits", key=Keys.CONFIRM.of(sug.code_key), width="stretch",
                          type="primary" if decision == "confirmed" else "secondary", icon=":material/check:",
                          on_click=decide, args=(seg_id, sug.code_key, "confirmed", source, label),
                          shortcut=SHORTCUT_DIGITS[i] if i < len(SHORTCUT_DIGITS) else None)
            with no:
                st.button("No", key=Keys.REJECT.of(sug.code_key), width="stretch",
                          type="primary" if decision == "rejected" else "secondary", icon=":material/close:",
                          on_click=decide, args=(seg_id, sug.code_key, "rejected", source, label))
    return shown


def draw_my_codes(seg_id: int, codes: dict, mine: dict, shown: set[str], others: dict) -> None:
    extra = [k for k, d in mine.items() if d == "confirmed" and k not in shown]
    st.markdown("#### Other codes")
    for key in extra:
        label = codes[key].label if key in codes else key
        c1, c2 = st.columns([8, 2], vertical_alignment="center")
        c1.markdown(f"✓ **{html.escape(label)}** (you added this)")
        c2.button("Remove", key=Keys.REJECT.of(key), on_click=decide, width="stretch",
                  args=(seg_id, key, "rejected", "typed", label), icon=":material/close:")
    choices = [k for k in codes if mine.get(k) != "confirmed"]
    c1, c2 = st.columns([8, 2], vertical_alignment="bottom")
    c1.selectbox("Add another code (type part of its name)", choices, index=None,
                 format_func=lambda k: f"{codes[k].label}  ({k})", placeholder="Start typing, e.g. 'hous'",
                 key=Keys.ADD_CODE.of(seg_id))
    c2.button("Add", key=Keys.ADD_CODE_BUTTON, on_click=add_typed_code, args=(seg_id,), width="stretch",
              icon=":material/add:")
    if others:
        st.caption("Other coders said: " + "; ".join(
            f"{name}: " + ", ".join((codes[k].label if k in codes else k) + ("" if d == "confirmed" else " (no)")
                                    for k, d in sorted(ans.items()))
            for name, ans in sorted(others.items())))


def draw_memo(seg_id: int, memos: list[dict]) -> None:
    with st.expander("Notes on this passage" + (f" ({len(memos)})" if memos else ""), expanded=bool(memos)):
        for m in memos:
            st.markdown(f"> {html.escape(m['text'])}  \n<small>{html.escape(m['coder'])}, {m['at']:%Y-%m-%d %H:%M}</small>",
                        unsafe_allow_html=True)
        st.text_area("Write a note (a question for the team, a thought, an idea for a new code)",
                     key=Keys.MEMO.of(seg_id), height=90)
        st.button("Save note", key=Keys.SAVE_MEMO, on_click=save_memo, args=(seg_id,), icon=":material/save:")


def draw_nav(pos: int | None, total: int) -> None:
    back, middle, nxt = st.columns([2, 5, 3], vertical_alignment="center")
    back.button("Back", key=Keys.PREVIOUS, on_click=move, args=(-1,), width="stretch",
                icon=":material/arrow_back:", disabled=not pos, shortcut="B")
    nxt.button("Next passage", key=Keys.NEXT, on_click=move, args=(1,), width="stretch", type="primary",
               icon=":material/arrow_forward:", icon_position="right",
               disabled=pos is None and not total or (pos is not None and pos >= total - 1), shortcut="N")
    with middle:
        if pos is None:
            st.caption("This passage is outside the list chosen on the left.")
        else:
            st.progress((pos + 1) / max(total, 1), text=f"Passage {pos + 1} of {total}")


def render() -> None:
    from pipeline import ui_queries

    coder = state.require_coder()
    database = state.db()
    with database.session() as s:
        codes = {c.key: c for c in ui_queries.code_choices(s)}
        options = ui_queries.filter_options(s)
    filters = filters_sidebar(options, list(codes.values()))
    current_queue(database, coder, filters)
    st.title("Review")
    passage_panel(coder, codes)


@st.fragment
def passage_panel(coder: str, codes: dict) -> None:
    """The passage and its buttons; a click reruns only this part, which keeps coding quick."""
    from pipeline import coding, ui_queries
    from pipeline.suggesters.store import suggestions_for

    state.show_flash()
    problem = st.session_state.pop(ERROR_KEY, None)
    if problem:
        st.error(problem, icon=":material/error:")
    queue = st.session_state.get(Keys.QUEUE, {}).get("ids", [])
    seg_id = st.session_state.get(Keys.CURRENT_SEGMENT)
    if seg_id is None:
        if not queue:
            st.success("Nothing to code with these choices. Change the filters on the left to see more passages.",
                       icon=":material/done_all:")
            return
        seg_id = st.session_state[Keys.CURRENT_SEGMENT] = queue[0]
    try:
        pos = queue.index(seg_id)
    except ValueError:
        pos = None
    database = state.db()
    with database.session() as s:
        ctx = ui_queries.segment_context(s, seg_id)
        if ctx is None:
            st.session_state.pop(Keys.CURRENT_SEGMENT, None)
            st.warning("That passage no longer exists. Press Next to go on.")
            return
        suggestions = [v for v in suggestions_for(s, [seg_id]).get(seg_id, []) if v.accepted]
        visible = coding.visible_codings(s, viewer=coder, segment_ids=[seg_id])
        memos = ui_queries.memos_for(s, seg_id, coder=None if not _blind(s) else coder)
        names = ui_queries.coder_names(s, {c.coder_id for c in visible})
    mine, others = {}, {}
    for c in visible:
        name = names.get(c.coder_id, "?")
        if name == coder:
            mine[c.code_key] = c.decision
        else:
            others.setdefault(name, {})[c.code_key] = c.decision
    draw_nav(pos, len(queue))
    draw_conversation(ctx)
    shown = draw_suggestions(seg_id, suggestions, codes, mine)
    draw_my_codes(seg_id, codes, mine, shown, others)
    draw_memo(seg_id, memos)
    st.caption("Keyboard: 1, 2, 3 say yes to the first three suggestions · N next passage · B back. "
               "Every answer is saved the moment you click.")


def _blind(session) -> bool:
    from pipeline import coding

    rnd = coding.current_round(session)
    return bool(rnd is not None and rnd.blind)

