"""Every widget and session-state key the app uses, so tests look widgets up by key."""

from __future__ import annotations

from enum import StrEnum


class Keys(StrEnum):
    # who is coding (session state)
    CODER = "coder"
    CODER_ROLE = "coder_role"
    AUTH_TOKEN = "auth_token"  # the sign-in token from pipeline.access.verify_login
    SIGN_IN_NOTICE = "sign_in_notice"  # why someone was signed out, shown once
    # start screen
    CODER_NAME = "start_coder_name"
    ROLE_CHOICE = "start_role"
    PASSWORD = "start_password"
    SIGN_IN = "start_sign_in"
    SIGN_OUT = "sign_out"
    # review screen: filters and queue
    FILTER_SITE = "review_filter_site"
    FILTER_GROUP = "review_filter_group"
    FILTER_SPEAKER = "review_filter_speaker"
    FILTER_CODE = "review_filter_code"
    FILTER_STATUS = "review_filter_status"
    ORDER = "review_order"
    SKIP_BACKCHANNEL = "review_skip_backchannel"
    CURRENT_SEGMENT = "review_segment_id"
    QUEUE = "review_queue_cache"
    # review screen: actions (per-code keys are built with .of(code_key))
    CONFIRM = "review_confirm"
    REJECT = "review_reject"
    UNDO = "review_undo"
    ADD_CODE = "review_add_code"
    ADD_CODE_BUTTON = "review_add_code_button"
    MEMO = "review_memo"
    SAVE_MEMO = "review_save_memo"
    NEXT = "review_next"
    PREVIOUS = "review_previous"
    FLASH = "flash_message"
    # transcript screen
    TRANSCRIPT_CHOICE = "transcript_choice"
    OPEN_SEGMENT = "transcript_open_segment"
    # codebook screen
    CODEBOOK_THEME = "codebook_theme"
    CODEBOOK_LEVEL = "codebook_level"
    PROPOSE_KIND = "codebook_propose_kind"
    PROPOSE_CODE = "codebook_propose_code"
    PROPOSE_LABEL = "codebook_propose_label"
    PROPOSE_DEFINITION = "codebook_propose_definition"
    PROPOSE_RATIONALE = "codebook_propose_rationale"
    PROPOSE_SUBMIT = "codebook_propose_submit"
    ACCEPT_CHANGE = "codebook_accept_change"
    DECLINE_CHANGE = "codebook_decline_change"
    # agreement screen
    CONSENSUS_DECISION = "agreement_consensus_decision"
    CONSENSUS_RATIONALE = "agreement_consensus_rationale"
    CONSENSUS_SAVE = "agreement_consensus_save"
    OPEN_ROUND_NAME = "agreement_round_name"
    OPEN_ROUND = "agreement_open_round"
    CLOSE_ROUND = "agreement_close_round"
    # prioritize screen
    VOTE_SCORE = "prioritize_score"
    VOTE_SUBMIT = "prioritize_submit"
    PRIORITY_ROUND_NAME = "prioritize_round_name"
    PRIORITY_OPEN = "prioritize_open"
    PRIORITY_CLOSE = "prioritize_close"
    # tables and export screens
    TABLES_SITE = "tables_site"
    EXPORT_BUILD = "export_build"
    DOWNLOAD = "export_download"

    def of(self, *parts: object) -> str:
        """A key for one of many similar widgets, e.g. Keys.CONFIRM.of('housing')."""
        return ":".join([self.value, *(str(p) for p in parts)])
