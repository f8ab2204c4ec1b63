package lab.grader.report;

import java.util.regex.Pattern;

/**
 * Makes text that student code may have written (exception messages, output) safe to show.
 *
 * <p>In a GitHub Actions log, a line starting with {@code ::} is a workflow command
 * ({@code ::error::}, {@code ::add-mask::}, {@code ::stop-commands::} ...): a submission could use
 * one to fake an annotation or silence the log; the runner also obeys the older {@code ##[command]}
 * form anywhere in a line. Both are defused before anything is printed.
 */
public final class SafeText {

    /** The runner strips any Unicode white space before looking for "::". */
    private static final Pattern WORKFLOW_COMMAND = Pattern.compile("(?m)^([\\s\\p{Z}\\u0085\\u200b\\ufeff]*)::");
    /** The older "##[command]" form, which the runner accepts anywhere in a line. */
    private static final Pattern LEGACY_COMMAND = Pattern.compile("##\\[");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\n\t]]");

    private SafeText() {
    }

    /** For a terminal or CI log: no workflow commands, no terminal control sequences. */
    public static String forLog(String text) {
        if (text == null) {
            return "";
        }
        String noControl = CONTROL.matcher(text).replaceAll("?");
        String defused = WORKFLOW_COMMAND.matcher(noControl).replaceAll("$1:\u200b:");
        return LEGACY_COMMAND.matcher(defused).replaceAll("##\u200b[");
    }

    /** For a Markdown table cell: one line, pipes escaped, no HTML. */
    public static String forMarkdownCell(String text) {
        return forLog(text).replace("\n", " ").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** For a fenced block in Markdown: cannot close the fence early. */
    public static String forMarkdownBlock(String text) {
        return forLog(text).replace("```", "'''");
    }

    /** For HTML text content. */
    public static String forHtml(String text) {
        return forLog(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The first line, cut to {@code max} characters. */
    public static String firstLine(String text, int max) {
        String line = text == null ? "" : text.lines().findFirst().orElse("");
        return line.length() > max ? line.substring(0, max - 1) + "…" : line;
    }
}
