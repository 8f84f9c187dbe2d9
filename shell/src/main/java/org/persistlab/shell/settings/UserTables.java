package org.persistlab.shell.settings;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.persistlab.shell.format.JsonWriter;

/** Writes the IP Office users as an aligned table, CSV (RFC 4180) or JSON. */
final class UserTables {
    private static final List<String> HEADINGS = List.of("BASE EXTENSION", "PASSWORD", "USER NAME", "FULL NAME",
            "FILE");

    private UserTables() {
    }

    static String licenseLine(int users) {
        return users + " persistent phone" + (users == 1 ? "" : "s") + ": " + users + " IP Office endpoint license"
                + (users == 1 ? "" : "s") + ", or " + users + " user subscription" + (users == 1 ? "" : "s")
                + " in subscription mode (one per persistent phone)";
    }

    static void table(PrintWriter out, List<IpOfficeUser> users, boolean show) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        users.forEach(u -> rows.add(cells(u, show)));
        int[] width = new int[HEADINGS.size()];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        for (List<String> r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                sb.append(r.get(i));
                if (i < r.size() - 1) {
                    sb.append(" ".repeat(width[i] - r.get(i).length() + 2));
                }
            }
            out.println(sb);
        }
    }

    static void csv(PrintWriter out, List<IpOfficeUser> users, boolean show) {
        out.print("base_extension,password,user_name,full_name,file\r\n");
        for (IpOfficeUser u : users) {
            out.print(String.join(",", cells(u, show).stream().map(UserTables::csvField).toList()) + "\r\n");
        }
    }

    static void json(PrintWriter out, List<IpOfficeUser> users, boolean show, int maxExtensions) {
        JsonWriter w = new JsonWriter(out);
        w.beginObject().name("users").beginArray();
        for (IpOfficeUser u : users) {
            w.beginObject()
                    .name("baseExtension").value(u.baseExtension())
                    .name("password").value(u.shownPassword(show))
                    .name("userName").value(u.userName())
                    .name("fullName").value(u.fullName())
                    .name("file").value(u.file())
                    .endObject();
        }
        w.endArray()
                .name("passwordsShown").value(show)
                .name("endpointLicenses").value(users.size())
                .name("userSubscriptions").value(users.size())
                .name("ip500v2MaxExtensions").value(maxExtensions)
                .name("overIp500v2Limit").value(users.size() > maxExtensions)
                .endObject();
        out.println();
    }

    private static List<String> cells(IpOfficeUser u, boolean show) {
        return List.of(u.baseExtension(), u.shownPassword(show), u.userName(), u.fullName(), u.file());
    }

    /** RFC 4180: quote a field holding a comma, a quote or a line break, doubling its quotes. */
    static String csvField(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
