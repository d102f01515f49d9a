"""Transcript screen: a whole transcript with coded passages highlighted in their code colours."""

from __future__ import annotations

import html

import streamlit as st

from pipeline.ui import state
from pipeline.ui.keys import Keys


def _tint(color: str) -> str:
    """A soft background from a code colour (hex + alpha), so text stays readable."""
    return (color if color.startswith("#") and len(color) == 7 else "#4E79A7") + "33"


def _turn_html(turn: dict, coded: dict[int, list[str]], codes: dict) -> str:
    when = f" · {html.escape(turn['timestamp'])}" if turn["timestamp"] else ""
    who = html.escape(turn["speaker"]) + (" (facilitator)" if turn["role"] == "facilitator" else "")
    parts = []
    for seg in turn["segments"]:
        words = html.escape(seg["text"])
        keys = coded.get(seg["id"], [])
        if keys:
            color = codes[keys[0]].color if keys[0] in codes else "#4E79A7"
            names = html.escape(", ".join(codes[k].label if k in codes else k for k in keys))
            parts.append(f"<span title='{names}' style='background:{_tint(color)};border-bottom:3px solid {color};"
                         f"padding:1px 2px;border-radius:3px'>{words}</span>")
        else:
            parts.append(words)
    return (f"<div style='margin:0.5em 0'><div style='font-size:0.8em;color:#6b7478'>{who}{when}</div>"
            f"{' '.join(parts)}</div>")


def render() -> None:
    from pipeline import coding, ui_queries

    coder = state.require_coder()
    database = state.db()
    st.title("Transcript")
    with database.session() as s:
        choices = ui_queries.transcript_choices(s)
    if not choices:
        st.info("No transcripts yet. Import some with: `needsmap ingest transcripts/ --site victoria`")
        return
    labels = dict(choices)
    tid = st.selectbox("Transcript", list(labels), format_func=labels.get, key=Keys.TRANSCRIPT_CHOICE)
    with database.session() as s:
        turns = ui_queries.transcript_turns(s, tid)
        codes = {c.key: c for c in ui_queries.code_choices(s)}
        seg_ids = [seg["id"] for t in turns for seg in t["segments"]]
        visible = coding.visible_codings(s, viewer=coder, segment_ids=seg_ids)
    coded: dict[int, list[str]] = {}
    for c in visible:
        if c.decision == "confirmed" and c.code_key not in coded.get(c.segment_id, []):
            coded.setdefault(c.segment_id, []).append(c.code_key)
    used = sorted({k for keys in coded.values() for k in keys}, key=lambda k: list(codes).index(k) if k in codes else 0)
    if used:
        st.markdown(" ".join(
            f"<span style='background:{_tint(codes[k].color)};border-bottom:3px solid {codes[k].color};"
            f"padding:1px 6px;border-radius:3px;margin-right:6px'>{html.escape(codes[k].label)}</span>"
            for k in used if k in codes), unsafe_allow_html=True)
        st.caption("Highlighted passages have codes. Hover to see them; press **Review** beside one to open it.")
    else:
        st.caption("Nothing in this transcript is coded yet.")
    for turn in turns:
        text_col, btn_col = st.columns([9, 1], vertical_alignment="center")
        text_col.markdown(_turn_html(turn, coded, codes), unsafe_allow_html=True)
        for seg in turn["segments"]:
            if seg["id"] in coded and btn_col.button("Review", key=Keys.OPEN_SEGMENT.of(seg["id"]), type="tertiary",
                                                     icon=":material/rate_review:"):
                st.session_state[Keys.CURRENT_SEGMENT] = seg["id"]
                st.switch_page(state.page_path("review"))

