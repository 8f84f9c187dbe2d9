package org.persistlab.shell.settings;

/**
 * The IP Office extension and user the guide has the administrator create for one persistent phone:
 * FORCE_SIP_USERNAME becomes the base extension, FORCE_SIP_PASSWORD its password, and
 * FORCE_SIP_EXTENSION the user's name and full name.
 */
record IpOfficeUser(String baseExtension, String password, String userName, String fullName, String file) {
    static final String MASK = "********";

    /** The password as shown: a fixed mask, so neither the password nor its length is shown. */
    String shownPassword(boolean show) {
        return show ? password : MASK;
    }
}
