package lab.grader.report;

import java.util.regex.Pattern;

/**
 * Makes text that student code may have written (exception messages, output) safe to show.
 *
 * <p>In a GitHub Actions log, a line starting with {@code ::} is a workflow command
 * ({@code ::error::}, {@code ::add-mask::}, {@code ::stop-commands::} ...): a submission could use
 * one to fake an annotation or silence the log. Every such line is defused before it is printed.
 */
public final class SafeText {

    private static final Pattern WORKFLOW_COMMAND = Pattern.compile("(?m)^(\\s*)::");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\n\t]]");

    private SafeText() {
    }

    /** For a terminal or CI log: no workflow commands, no terminal control sequences. */
    public static String forLog(String text) {
        if (text == null) {
            return "";
        }
        String noControl = CONTROL.matcher(text).replaceAll("?");
        return WORKFLOW_COMMAND.matcher(noControl).replaceAll("$1:\u200b:");
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
