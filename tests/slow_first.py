"""Orders the suite for `make test`'s xdist workers: the slowest tests start first, shared out
between the workers, so that no worker is left running a 30-60 s test alone at the end.

pytest-xdist's worksteal scheduler hands worker i the i-th contiguous block of the collection
and steals from the end of a block when a worker runs dry. The collection order put the
slowest tests (the TUI's, the bench's) at the end of one block: a fresh-clone run ended with
one worker idle for minutes while the other ran them one after another. Here each block
begins with its share of the slow tests (the longest first, each to the least loaded block),
so what is left to steal at the end is the many short tests. Only the order changes: every
test still runs, with the same fixtures; without workers (`-n 0`) the order is the file's.

The seconds are one loaded run's `--durations` (December 2026), divided by about four: they
only need to rank. A test missing here counts as quick; a name that no longer exists is
simply not found.
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest

# test function name (parametrised cases share it) -> seconds of one case
SLOW: dict[str, float] = {
    # round 17: one loaded serial run of tests/tui (December 2026, seconds / 4); the language
    # test's cases took 15-49 (nl, it, fr) and began among the quick ones
    "test_every_screen_and_the_palette_speak_the_profiles_language": 30,
    "test_a_whole_profile_typed_in_one_burst_lands_field_by_field": 12,
    "test_a_whole_profile_sent_in_one_burst_is_saved_field_by_field": 8.5,
    "test_answers_after_a_list_are_no_extra_items": 7.5,
    "test_enter_opens_the_profile_where_it_was_left": 6,
    "test_a_store_deleted_while_typing_is_said_kept_and_written_again": 5.5,
    "test_keys_behind_pgdn_go_to_the_next_step_not_the_field_left": 5.5,
    "test_store_dialog": 5.5,
    "test_textuals_own_words_are_in_the_profiles_language": 5,
    "test_the_focused_question_and_its_message_are_in_view": 5,
    "test_results_screen": 4.5,
    "test_a_variant_picked_for_an_answers_file_is_unsaved_until_saved_into_it": 4,
    "test_enter_on_the_organisation_passes_over_the_premium_box": 4,
    "test_a_field_shows_the_error_the_texts_find_in_its_answer": 4,
    "test_every_focusable_widget_shows_its_focus_in_every_built_in_theme": 22,  # one case
    "test_bench_runs_and_prints_one_table": 11,
    "test_at_80x24_every_step_keeps_the_language_and_saved_state_in_view": 10,
    "test_a_long_message_stays_on_one_line_off_the_tabs_in_every_language": 9,
    "test_an_edited_text_is_kept_when_the_answers_change": 8,
    "test_the_served_wizard_in_chromium": 7.5,
    "test_the_register_is_chosen_on_the_first_step_and_kept": 7,
    "test_answers_typed_with_their_enter_land_in_their_own_fields": 6,
    "test_a_hand_edit_survives_quit_and_is_in_the_exported_markdown": 6,
    "test_back_to_the_best_template_keeps_the_edit": 6,
    "test_an_answers_file_opened_again_finds_its_profile": 5.5,
    "test_a_hand_edit_comes_back_when_the_answers_file_is_opened_again": 5.5,
    "test_an_edit_for_earlier_answers_is_re_applied_or_dropped": 4.5,
    "test_help_screen": 4.5,
    "test_start_type_and_quit_in_a_real_terminal": 5.5,
    "test_autosave_is_debounced_and_lands_within_a_second": 5,
    "test_store_screen": 4,
    "test_f9_shows_the_history_with_the_copy_kept": 5,
    "test_copy_export_and_edit_keep_versions": 5,
    "test_a_hand_edit_of_an_answers_file_profile_goes_into_the_file_on_save": 5,
    "test_whole_profile_from_start_to_copied_results": 5,
    "test_saving_a_vanished_store_again": 5,
    "test_history_restores_a_version_with_its_hand_edit": 4.5,
    "test_copy_with_no_terminal_says_only_the_file": 4.5,
    "test_job_ad_screen": 3,
    "test_quit_without_saving_keeps_nothing_of_the_session": 4.5,
    "test_hostile_template_file_names_reach_the_app_safely": 4.5,
    "test_list_items_are_added_reordered_and_removed": 4.5,
    "test_a_long_ad_that_repeats_itself_is_matched_in_time": 4.5,
    "test_a_store_deleted_with_no_change_since_is_noticed_at_quit": 4.5,
    "test_the_open_profile_says_whose_it_is_on_every_step": 4.5,
    "test_quitting_with_unsaved_answers_asks_first": 4,
    "test_quit_without_saving_a_variant_picked_for_an_answers_file_keeps_it_nowhere": 4,
    "test_quit_dialog": 7.5,
    "test_sigkill_mid_answer_loses_at_most_the_last_second": 4,
    "test_a_clause_after_its_stem_is_shown_as_it_reads_at_its_field": 4,
    "test_whole_profile_in_english": 4,
    "test_a_language_change_from_the_palette_is_saved": 4,
    "test_a_crash_prints_one_line_without_the_answers_and_exits_1": 4,
    "test_a_message_too_long_for_the_line_ends_in_an_ellipsis_on_screen": 4,
    "test_a_step_change_saves_at_once_and_reopening_resumes_there": 4,
    "test_whole_profile_in_another_language_chosen_from_the_menu": 4,
    "test_a_complete_profile_opens_on_its_results": 3.5,
    "test_markup_in_answers_and_template_names_is_shown_as_typed": 5,
    "test_a_store_replaced_is_left_alone_and_the_work_goes_to_a_file": 3.5,
    "test_a_change_from_another_window_is_never_overwritten": 3.5,
    "test_huge_answers_render": 3.5,
    "test_any_answers_render_without_evaluating_or_leaking_controls": 3,
    "test_every_builtin_template_renders_every_sample": 2.5,
    # round 19: each file run alone at load 4-5 (December 2026, wall seconds / 2); missing or
    # ranked as quick before. The focus-shape and Tab-walk cases of tests/tui/test_tui_focus17.py
    # are left out on purpose: a theme's (a language's) cases share one app run, and ranked
    # alike they would be dealt out to both workers, each starting its own.
    "test_the_french_preview_keeps_numbers_and_signs_together": 9,
    "test_the_start_screen_speaks_its_language": 5,
    "test_pack_lists_are_what_the_tool_writes": 4.5,
    "test_the_job_ad_screen_says_1_kernterm": 4,
    "test_every_step_previews_the_texts_its_answers_go_into": 3.5,
    "test_a_tall_question_never_hides_the_step_title": 3.5,
    "test_an_opened_ad_is_matched_kept_and_followed": 3.5,
    "test_the_report_follows_answers_and_edits_changed_on_other_screens": 2.5,
    "test_edited_texts_are_exported_on_save_and_quit": 2.5,
    "test_every_counter_shows_whole_at_80_columns": 2.5,
    "test_an_edit_made_for_earlier_answers_stays_marked": 2,
    "test_the_installed_command_with_300_files_and_a_pipe_does_not_hang": 2,
    "test_delete_reports_when_another_reader_keeps_the_log": 2,
    "test_a_900000_character_paste_is_cut_to_an_answer_and_the_app_stays_quick": 7.5,
    "test_a_crash_keeps_unsaved_work_in_a_rescue_file": 4.5,
    "test_save_as_into_a_missing_folder_says_so_in_the_profiles_language": 3,
    "test_a_store_held_by_another_program_is_said_in_time": 2,
    "test_a_flood_of_combining_marks_is_capped_on_a_terminal_not_in_the_data": 2,
}


def seconds(item: pytest.Item) -> float:
    return SLOW.get(getattr(item, "originalname", item.name), 0.0)


def blocks(n: int, workers: int) -> list[int]:
    """The sizes of the blocks worksteal gives each worker first (xdist's own arithmetic)."""
    sizes, left = [], n
    for i in range(workers):
        sizes.append(left // (workers - i))
        left -= sizes[-1]
    return sizes


def slow_first(items: Sequence[pytest.Item], workers: int) -> list[pytest.Item]:
    """`items` in the order that starts each worker's block with its share of slow tests."""
    if workers < 2 or len(items) < 2 * workers:
        return list(items)
    slow = sorted((i for i in items if seconds(i)), key=seconds, reverse=True)
    slow_ids = {id(i) for i in slow}
    quick = [i for i in items if id(i) not in slow_ids]
    sizes = blocks(len(items), workers)
    shares: list[list[pytest.Item]] = [[] for _ in range(workers)]
    loads = [0.0] * workers
    for item in slow:  # the longest first, each to the block with the least so far
        open_ = [b for b in range(workers) if len(shares[b]) < sizes[b]]
        b = min(open_, key=lambda k: loads[k])
        shares[b].append(item)
        loads[b] += seconds(item)
    ordered: list[pytest.Item] = []
    for b in range(workers):
        ordered += shares[b]
        take = sizes[b] - len(shares[b])
        ordered += quick[:take]
        del quick[:take]
    return ordered + quick


def reorder(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In an xdist worker (every worker orders its collection the same way), slow first."""
    workerinput = getattr(config, "workerinput", None)
    if workerinput is not None:
        items[:] = slow_first(items, int(workerinput.get("workercount", 1)))
