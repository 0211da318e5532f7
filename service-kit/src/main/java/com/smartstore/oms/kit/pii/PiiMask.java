package com.smartstore.oms.kit.pii;

/** Masked renderings of personal values for roles that may know one exists but not what it is (R-SEC1). */
public final class PiiMask {

    /** {@code +351912345678} -> {@code +*********78}: only the last two digits. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        StringBuilder out = new StringBuilder();
        int digitsSeen = 0;
        int totalDigits = (int) phone.chars().filter(Character::isDigit).count();
        for (char c : phone.toCharArray()) {
            if (Character.isDigit(c)) {
                digitsSeen++;
                out.append(digitsSeen > totalDigits - 2 ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code ana.silva@example.com} -> {@code a***@example.com}. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return email.charAt(0) + "***" + email.substring(at);
    }

    /** Free text such as an address line: {@code ***}. */
    public static String text(String text) {
        return text == null || text.isBlank() ? text : "***";
    }

    private PiiMask() {}
}
