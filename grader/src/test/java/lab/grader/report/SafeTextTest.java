package lab.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Student text in a CI log must not become a GitHub workflow command. The runner reads its log line
 * by line (splitting at CR and LF) and takes a line as a command when, after .NET's
 * {@code TrimStart()} (which trims every Unicode white space), it starts with {@code ::}
 * (actions/runner, {@code ActionCommand.TryParseV2}), or when it contains the legacy prefix
 * {@code ##[} anywhere ({@code ActionCommand.TryParse}, still tried when the first fails).
 *
 * <p>{@link #runnerSeesACommand} is public: the red-team suite reads whole grading logs with it.
 */
public class SafeTextTest {

    /** Whether the GitHub runner would read any line of {@code log} as a workflow command. */
    public static boolean runnerSeesACommand(String log) {
        for (String line : log.split("\r\n|\r|\n", -1)) {
            if (dotnetTrimStart(line).startsWith("::") || line.contains("##[")) {
                return true;
            }
        }
        return false;
    }

    /** .NET's String.TrimStart(): drops leading chars for which Char.IsWhiteSpace holds. */
    private static String dotnetTrimStart(String line) {
        int i = 0;
        while (i < line.length() && dotnetWhiteSpace(line.charAt(i))) {
            i++;
        }
        return line.substring(i);
    }

    private static boolean dotnetWhiteSpace(char c) {
        return Character.isSpaceChar(c) || (c >= '\t' && c <= '\r') || c == '\u0085';
    }

    private static String visible(String text) {
        return text.replace("\u200b", "");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "::error::x",
        "::error file=Toy.java,line=1::fake annotation",
        "  ::add-mask::secret",
        "\t::warning::w",
        "::stop-commands::token",
        "::set-output name=score::100",
        "fine\n::error::second line",
        "fine\n   ::add-mask::indented second line\n::endgroup::",
        "\n\n::group::after blank lines",
    })
    void workflowCommandsAtLineStartsAreDefused(String studentText) {
        assertTrue(runnerSeesACommand(studentText), "the test's own model of the runner: " + studentText);
        String safe = SafeText.forLog(studentText);
        assertFalse(runnerSeesACommand(safe), () -> "still a workflow command: " + safe.replace("\n", "\\n"));
        assertEquals(studentText, visible(safe), "only an invisible character may be added");
    }

    @Test
    void textThatIsNoCommandIsLeftAlone() {
        for (String text : new String[] {"expected: <9> but was: <3>", "see ::error:: in the middle", "a: :b", "", "a\n\tb"}) {
            assertEquals(text, SafeText.forLog(text));
        }
    }

    @Test
    void controlCharactersAreRemovedButNewlinesAndTabsStay() {
        String safe = SafeText.forLog("\u001b[31mred\u001b[0m\tbell\u0007\nback\bspace\u0000nul\u007f");
        assertFalse(safe.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t'),
                () -> "control characters left in: " + safe);
        assertTrue(safe.contains("red"), safe);
        assertTrue(safe.contains("\t"), safe);
        assertEquals(2, safe.lines().count(), "the newline stays: " + safe);
    }

    @Test
    void aCarriageReturnCannotStartANewLogLineWithACommand() {
        // The runner splits lines at CR too: "x\r::error::y" would be a command on its own line.
        String safe = SafeText.forLog("progress 50%\r::error::forged");
        assertFalse(safe.contains("\r"));
        assertFalse(runnerSeesACommand(safe), safe);
    }

    @Test
    void nullIsEmpty() {
        assertEquals("", SafeText.forLog(null));
    }

    @Test
    void markdownCellIsOneLineWithPipesEscapedAndNoHtml() {
        String cell = SafeText.forMarkdownCell("a | b\n<script>x</script>\n::error::y");
        assertFalse(cell.contains("\n"), cell);
        assertFalse(cell.contains("<"), cell);
        assertTrue(cell.contains("a \\| b"), cell);
    }

    @Test
    void markdownBlockCannotCloseItsFence() {
        String block = SafeText.forMarkdownBlock("x\n```\n# injected heading\n::error::y");
        assertFalse(block.contains("```"), block);
        assertFalse(runnerSeesACommand(block), block);
    }

    @Test
    void htmlIsEscaped() {
        assertEquals("&lt;b&gt; &amp; &quot;q&quot;", SafeText.forHtml("<b> & \"q\""));
    }

    @Test
    void firstLineIsCut() {
        assertEquals("one", SafeText.firstLine("one\ntwo", 10));
        assertEquals("abcd…", SafeText.firstLine("abcdefgh", 5));
        assertEquals("", SafeText.firstLine(null, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"##[error]forged annotation", "junit says: ##[add-mask]secret", "##[stop-commands]token"})
    void legacyWorkflowCommandsAreDefused(String studentText) {
        assertFalse(runnerSeesACommand(SafeText.forLog(studentText)), studentText);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00a0::error::nbsp", "\u2003::add-mask::em space", "\u3000::stop-commands::x"})
    void commandsAfterUnicodeSpacesAreDefused(String studentText) {
        assertFalse(runnerSeesACommand(SafeText.forLog(studentText)), studentText);
    }
}
