package org.junto.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The grammar, table-driven: each row is a post's text and what it must (or must not) ask for. */
class ActionGrammarTest {
    /** A Wednesday, so weekday names have a known answer. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);

    static Stream<Arguments> posts() {
        return Stream.of(
                // text, kind (null = none), title, due, problem fragment (null = none)
                row("#todo fix the roof", ActionKind.TODO, "fix the roof", null, null),
                row("#task fix the roof", ActionKind.TODO, "fix the roof", null, null),
                row("Fix the roof #TODO", ActionKind.TODO, "Fix the roof", null, null),
                row("#ToDo: fix the roof.", ActionKind.TODO, "fix the roof.", null, null),
                row("(#todo) water plants", ActionKind.TODO, "( ) water plants", null, null),
                row("#todo @bob fix the roof due:tomorrow", ActionKind.TODO, "@bob fix the roof", "2026-06-11", null),
                row("#todo report due:2026-12-01", ActionKind.TODO, "report", "2026-12-01", null),
                row("#todo report due:friday", ActionKind.TODO, "report", "2026-06-12", null),
                row("#todo report due:Wednesday", ActionKind.TODO, "report", "2026-06-10", null),
                row("#todo report due:wed.", ActionKind.TODO, "report", "2026-06-10", null),
                row("#todo report Due: +3d", ActionKind.TODO, "report", "2026-06-13", null),
                row("#todo report due:+2w!", ActionKind.TODO, "report", "2026-06-24", null),
                row("#todo report due:today", ActionKind.TODO, "report", "2026-06-10", null),
                row("#todo report due:2020-01-01", ActionKind.TODO, "report", null, "in the past"),
                row("#todo report due:2026-02-30", ActionKind.TODO, "report", null, "not a calendar date"),
                row("#todo report due:someday", ActionKind.TODO, "report", null, "not a date I understand"),
                row("#todo report due:", ActionKind.TODO, "report", null, "needs a date"),
                row("#todo a due:friday b due:monday", ActionKind.TODO, "a b", null, "two"),
                row("#todo", ActionKind.TODO, "", null, "needs a few words"),
                row("#todo @bob", ActionKind.TODO, "@bob", null, "needs a few words"),
                row("#todo — !!", ActionKind.TODO, "!!", null, null),
                row("@alice #done", ActionKind.DONE, "@alice", null, null),
                row("#Done, finally", ActionKind.DONE, "finally", null, null),
                row("#claim", ActionKind.CLAIM, "", null, null),
                row("#drop sorry", ActionKind.DROP, "sorry", null, null),
                row("#reopen", ActionKind.REOPEN, "", null, null),
                row("#cancel", ActionKind.CANCEL, "", null, null),
                row("#accept happy to", ActionKind.ACCEPT, "happy to", null, null),
                row("#offer bike repair #bikes #Repair", ActionKind.OFFER, "bike repair #bikes #Repair", null, null),
                row("#need a ladder", ActionKind.NEED, "a ladder", null, null),
                row("#offer", ActionKind.OFFER, "", null, "needs a few words"),
                // first action tag wins; later ones are removed from the title
                row("#todo write #done docs", ActionKind.TODO, "write docs", null, null),
                row("#done #todo", ActionKind.DONE, "", null, null),
                // due: only matters for a task
                row("#done due:someday", ActionKind.DONE, "", null, null),
                // ordinary text does nothing
                row("I need a ladder and I offer tea", null, null, null, null),
                row("todo: buy milk, done by friday due:tomorrow", null, null, null, null),
                row("#needs #todos #donecake #offering", null, null, null, null),
                row("see https://example.com/#todo", null, null, null, null),
                row("email me at todo#done", null, null, null, null),
                row("", null, null, null, null),
                // unicode: full-width hash and letters fold to the tag; other scripts are titles
                row("＃ＴＯＤＯ 屋根を直す", ActionKind.TODO, "屋根を直す", null, null),
                row("#todo réparer le toit 🏠 due:vendredi", ActionKind.TODO, "réparer le toit 🏠", null, "vendredi"),
                row("#todo نصب سقف", ActionKind.TODO, "نصب سقف", null, null),
                row("#tâche nothing", null, null, null, null));
    }

    private static Arguments row(String text, ActionKind kind, String title, String due, String problem) {
        return Arguments.of(text, kind, title, due, problem);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("posts")
    void readsEachPost(String text, ActionKind kind, String title, String due, String problem) {
        ParsedAction action = ActionGrammar.read(text, TODAY);
        assertThat(action.kind()).isEqualTo(kind);
        if (kind != null) {
            assertThat(action.title()).isEqualTo(title);
            assertThat(action.due()).isEqualTo(due == null ? null : LocalDate.parse(due));
            if (problem == null) {
                assertThat(action.problem()).isNull();
            } else {
                assertThat(action.problem()).contains(problem);
            }
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("thanks")
    void readsThanksBesideOtherActions(String text, ActionKind kind, boolean thanks) {
        ParsedAction action = ActionGrammar.read(text, TODAY);
        assertThat(action.kind()).isEqualTo(kind);
        assertThat(action.thanks()).isEqualTo(thanks);
    }

    static Stream<Arguments> thanks() {
        return Stream.of(
                Arguments.of("#thanks @bob", null, true),
                Arguments.of("#Thanks, @bob!", null, true),
                Arguments.of("#done #thanks @bob", ActionKind.DONE, true),
                Arguments.of("thanks @bob", null, false),
                Arguments.of("#thankyou @bob", null, false));
    }

    @org.junit.jupiter.api.Test
    void topicsAreTheOtherHashtagsOfAnOfferOrNeed() {
        assertThat(ActionGrammar.read("#offer bike repair #Bikes #repair #bikes", TODAY)
                        .topics())
                .isEqualTo(List.of("bikes", "repair"));
        assertThat(ActionGrammar.read("#todo paint #garden", TODAY).topics()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void longAndHostileTextIsReadInLinearTimeAndKeepsOnlyOneAction() {
        String hostile = "#todo " + "due:".repeat(5_000) + " #done".repeat(2_000) + " x".repeat(10_000);
        long start = System.nanoTime();
        ParsedAction action = ActionGrammar.read(hostile, TODAY);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
        assertThat(action.kind()).isEqualTo(ActionKind.TODO);
        assertThat(action.title()).doesNotContain("#done");
    }
}
