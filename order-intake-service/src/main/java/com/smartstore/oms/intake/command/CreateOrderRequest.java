package com.smartstore.oms.intake.command;

import com.smartstore.oms.contracts.events.PaymentMethod;
import com.smartstore.oms.contracts.events.SalesChannel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An order as an internal app or a staff member submits it (R-I4..R-I6). */
public record CreateOrderRequest(
        @NotNull @Valid Customer customer,
        @NotNull @Valid Address shippingAddress,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid Line> lines,
        @Valid Remarks remarks,
        @NotNull @Valid Payment payment,
        SalesChannel channel,
        @Size(max = 20) List<@NotNull @Valid ShippingLine> shippingLines,

        @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
        BigDecimal taxAmount) {

    /** The REST order as it was before shipping lines and tax existed. */
    public CreateOrderRequest(
            Customer customer,
            Address shippingAddress,
            List<Line> lines,
            Remarks remarks,
            Payment payment,
            SalesChannel channel) {
        this(customer, shippingAddress, lines, remarks, payment, channel, null, null);
    }

    /** The customer: a name and at least one way to reach them. */
    public record Customer(
            @NotBlank @Size(max = 200) String name,

            @Size(max = 40) @Pattern(regexp = "\\+?[0-9 ()-]{6,40}", message = "must be a phone number")
            String phone,

            @Size(max = 200) @Email String email) {

        @AssertTrue(message = "give a phone number or an e-mail address")
        public boolean isReachable() {
            return (phone != null && !phone.isBlank()) || (email != null && !email.isBlank());
        }
    }

    public record Address(
            @Size(max = 200) String recipient,
            @NotBlank @Size(max = 200) String line1,
            @Size(max = 200) String line2,
            @NotBlank @Size(max = 100) String city,
            @Size(max = 100) String region,
            @NotBlank @Size(max = 20) String postalCode,

            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as PT")
            String country) {}

    public record Line(
            @NotBlank @Size(max = 64) String sku,
            @NotBlank @Size(max = 200) String productName,
            @Size(max = 200) String specification,
            @Positive @Max(10_000) int quantity,

            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
            BigDecimal unitPrice,

            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
            BigDecimal discount) {

        public Line(String sku, String productName, String specification, int quantity, BigDecimal unitPrice) {
            this(sku, productName, specification, quantity, unitPrice, null);
        }

        @AssertTrue(message = "the discount may not exceed quantity times unit price")
        public boolean isDiscountWithinPrice() {
            return discount == null
                    || unitPrice == null
                    || discount.compareTo(unitPrice.multiply(BigDecimal.valueOf(quantity))) <= 0;
        }
    }

    /** A shipping charge (method and amount after any shipping discount); part of the order total. */
    public record ShippingLine(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 100) String code,

            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
            BigDecimal amount) {}

    public record Remarks(
            @Size(max = 2000) String specialRequests,
            @Size(max = 500) String giftNote,
            LocalDate requestedShipDate) {}

    /**
     * Payment as reported; cash on delivery has no paid-at yet. {@code instalments} is the plan, required for
     * method INSTALMENTS and refused for the others.
     */
    public record Payment(
            @NotNull PaymentMethod method,

            @NotNull @DecimalMin("0.00") @Digits(integer = 10, fraction = 2)
            BigDecimal amount,

            Instant paidAt,
            @Valid Instalments instalments) {

        public Payment(PaymentMethod method, BigDecimal amount, Instant paidAt) {
            this(method, amount, paidAt, null);
        }

        @AssertTrue(message = "give instalments {count, amountPerInstalment} for method INSTALMENTS, and only then")
        public boolean isPlanConsistent() {
            return method == null || (method == PaymentMethod.INSTALMENTS) == (instalments != null);
        }
    }

    /** An instalment plan: {@code count} payments of {@code amountPerInstalment}. */
    public record Instalments(
            @Min(2) @Max(120) int count,

            @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
            BigDecimal amountPerInstalment) {}
}
