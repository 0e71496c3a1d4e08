package app.admired.cli;

import app.admired.index.MentionRecord;
import app.admired.nlp.attribution.Roles;
import app.admired.report.Holders;
import app.admired.report.ReportWriter;
import java.util.Locale;
import java.util.function.Predicate;
import picocli.CommandLine.Option;

/**
 * The {@code --holder-role} and {@code --holder-kind} options of the commands that rank or trend
 * people on some holders' views only ({@code people}, {@code trend}).
 */
final class HolderOptions {

    @Option(
            names = "--holder-role",
            paramLabel = "ROLE",
            description = "Only the views of holders with this role or role group (CIO, \"IT leader\";"
                    + " case-insensitive): the role the corpus states most often for each holder.")
    String holderRole;

    @Option(
            names = "--holder-kind",
            paramLabel = "K",
            description = "Only the views of one kind of holder: author, commenter, quoted or unattributed.")
    SearchCommand.HolderKind holderKind;

    /** The role asked for, stripped, or {@code null}. */
    String role() {
        return holderRole == null ? null : holderRole.strip();
    }

    /** Whether a role was asked for that is neither a known role nor a role group. */
    boolean unknownRole() {
        return role() != null && !Roles.standard().isKnown(role());
    }

    /** The mentions these options keep: every mention when neither option is given. */
    Predicate<MentionRecord> evidence() {
        String kind = holderKind == null ? null : holderKind.name();
        return role() == null && kind == null ? ReportWriter.EVERY_MENTION : Holders.filter(role(), kind);
    }

    /** "holders", "commenter holders with the role CIO", …: who the options keep, for a note. */
    String description() {
        String who = holderKind == null ? "holders" : holderKind.name() + " holders";
        return role() == null ? who : who + " with the role " + role();
    }

    /** The one-line answer to an unknown role, starting with {@code answer} ("No people"). */
    String unknownRoleNote(String answer) {
        return unknownRoleNote(answer, role());
    }

    /** As {@link #unknownRoleNote(String)}, for a command with its own role option ({@code search}). */
    static String unknownRoleNote(String answer, String role) {
        return String.format(
                Locale.ROOT,
                "%s: '%s' is not a known role. Known roles and groups: %s.",
                answer,
                role,
                Holders.knownRoles());
    }
}
