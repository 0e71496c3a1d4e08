package app.admired.nlp.attribution;

/**
 * Reads what a byline or an export's role column says about its author: "CIO, Acme Corp",
 * "IT director at Porto Health", "Senior IT Manager". The role is canonicalised by {@link Roles};
 * the organisation is the part after "at"/"of", or the comma-separated part that is not the role.
 */
public final class Bylines {

    /** A canonical role and an organisation, each possibly empty. */
    public record Title(String role, String organization) {}

    private Bylines() {}

    public static Title parse(String title) {
        if (title == null || title.isBlank()) {
            return new Title("", "");
        }
        Roles roles = Roles.standard();
        String role = "";
        String organization = "";
        for (String part : title.split("[,;|]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            var canonical = roles.canonicalIn(p);
            if (role.isEmpty() && canonical.isPresent()) {
                role = canonical.get();
                String[] split = p.split("\\s+(?:at|of|for|with)\\s+", 2);
                if (split.length == 2
                        && organization.isEmpty()
                        && roles.canonicalIn(split[1]).isEmpty()) {
                    organization = split[1].strip();
                }
            } else if (organization.isEmpty() && canonical.isEmpty()) {
                organization = p;
            }
        }
        return new Title(role, organization);
    }
}
