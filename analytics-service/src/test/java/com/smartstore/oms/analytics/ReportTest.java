package com.smartstore.oms.analytics;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.smartstore.oms.analytics.service.ReportService;
import com.smartstore.oms.kit.testing.Db;
import com.smartstore.oms.kit.testing.TestClock;
import com.smartstore.oms.kit.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reports made on schedule (the clock moves past a day, week, month) and on demand, stored, as CSV and HTML (R-A6). */
@QuarkusTest
class ReportTest {
    @Inject
    TestClock clock;

    @Inject
    ReportService reports;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDayWeekAndMonthEndedMakeTheirReportsOnceWithTheDaysFigures() {
        Scenario scenario = new Scenario(AnalyticsFiguresTest.isolatedWindow());
        scenario.deliverInOrder();
        LocalDate day = LocalDate.ofInstant(scenario.t, ZoneOffset.UTC);

        clock.set(scenario.t.plus(Duration.ofHours(25)));
        Db.call(reports::generateDue);
        Db.call(reports::generateDue); // a second check makes nothing more

        JsonPath daily = list("DAILY", day);
        assertThat(daily.getList("items")).hasSize(1);
        assertThat(daily.getString("items[0].to")).isEqualTo(day.plusDays(1).toString());
        assertThat(daily.getString("items[0].generatedBy")).isEqualTo("schedule");
        String id = daily.getString("items[0].id");
        // The clock is on the day after: the week and month before that day's are over too.
        assertThat(list("WEEKLY", day.plusDays(1).with(DayOfWeek.MONDAY).minusWeeks(1))
                        .getList("items"))
                .hasSize(1);
        assertThat(list("MONTHLY", day.plusDays(1).withDayOfMonth(1).minusMonths(1))
                        .getList("items"))
                .hasSize(1);

        // The day's figures, as the endpoints give them (Scenario): 3 orders on that day, 2 shipped.
        JsonPath json = report(id, "json").extract().jsonPath();
        assertThat(json.getInt("volume.orders")).isEqualTo(3);
        assertThat(json.getInt("timeToShip.shippedOrders")).isEqualTo(2);
        assertThat(json.getString("stages.overall.bottleneck")).isEqualTo("shipped-to-delivered");
        assertThat(json.getInt("sla.breaches")).isEqualTo(3);

        String csv = report(id, "csv").statusCode(200).extract().asString();
        assertThat(csv.lines().findFirst()).contains("section,key,figure,value");
        assertThat(csv)
                .contains(
                        "volume,all,orders,3\r\n",
                        "time-to-ship,received-to-shipped,meanSeconds,1485.0\r\n",
                        "stages,all,bottleneck,shipped-to-delivered\r\n",
                        "sla,PICK,breaches,2\r\n",
                        "staff,reviewer,timeliness,0.5\r\n");

        String html = report(id, "html").statusCode(200).extract().asString();
        assertThat(html)
                .startsWith("<!DOCTYPE html>")
                .contains("<svg", "<polyline", "class=\"p99\"", "Bottleneck: <strong>shipped-to-delivered</strong>")
                .doesNotContain("<script", "src=", "href=", "an-" + scenario.tag);
    }

    /** Found trying it as a user: a DAILY asked for after the schedule made that day's answered an id never stored. */
    @Test
    void askingForAPeriodsReportTheScheduleMadeAnswersThatReport() {
        Scenario scenario = new Scenario(AnalyticsFiguresTest.isolatedWindow());
        scenario.deliverInOrder();
        LocalDate day = LocalDate.ofInstant(scenario.t, ZoneOffset.UTC);
        clock.set(scenario.t.plus(Duration.ofHours(25)));
        Db.call(reports::generateDue);
        String scheduled = list("DAILY", day).getString("items[0].id");

        String answered = given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType("application/json")
                .body(Map.of("kind", "DAILY"))
                .post("/api/reports")
                .then()
                .statusCode(200)
                .body("generatedBy", equalTo("schedule"))
                .extract()
                .path("id");

        assertThat(answered).isEqualTo(scheduled);
        report(answered, "html").statusCode(200);
        assertThat(list("DAILY", day).getList("items")).hasSize(1);
    }

    @Test
    void aManagerMakesAReportOfAnyRangeNow() {
        Scenario scenario = new Scenario(AnalyticsFiguresTest.isolatedWindow());
        scenario.deliverInOrder();
        Instant t = scenario.t;

        String id = given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType("application/json")
                .body(Map.of(
                        "from", t.toString(), "to", t.plus(Duration.ofDays(2)).toString()))
                .post("/api/reports")
                .then()
                .statusCode(201)
                .body("kind", equalTo("ON_DEMAND"))
                .body("generatedBy", equalTo("manager"))
                .extract()
                .path("id");
        report(id, "json").statusCode(200).body("volume.orders", equalTo(4)).body("staff.size()", equalTo(8));
    }

    /** Returns in a report (R-A5, R-A6): ReturnsTest's fixture, its figures in JSON, CSV and HTML with the chart. */
    @Test
    void aReportHasTheReturnsWithAReasonsChart() {
        Instant t = OrderEvents.freshWindow();
        ReturnsTest.fixture(t).forEach(Scenario.Delivery::deliver);
        String id = given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType("application/json")
                .body(Map.of(
                        "from", t.toString(), "to", t.plus(Duration.ofDays(2)).toString()))
                .post("/api/reports")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        report(id, "json")
                .statusCode(200)
                .body("returns.unitsReturned", equalTo(4))
                .body("returns.returnRate", equalTo(0.4f))
                .body("returns.reasons.QUALITY.count", equalTo(2));
        assertThat(report(id, "csv").statusCode(200).extract().asString())
                .contains(
                        "returns,all,returnRate,0.4\r\n",
                        "returns,all,exchangeRate,0.2\r\n",
                        "returns reason,QUALITY,returns,2\r\n",
                        "returns reason,CHANGED_MIND,units,2\r\n",
                        "returns defect cause,MANUFACTURING,samples,1\r\n",
                        "returns product,RA-Y,returnRate,0.4286\r\n");
        assertThat(report(id, "html").statusCode(200).extract().asString())
                .contains("<h2>Returns</h2>", "<title>Returns per reason</title>", "class=\"reason\"", "CHANGED_MIND")
                .doesNotContain("<script", "it broke");
    }

    @Test
    void badRequestsAreRefusedNamingWhatIsWrong() {
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType("application/json")
                .body(Map.of("kind", "YEARLY"))
                .post("/api/reports")
                .then()
                .statusCode(400)
                .body("error", equalTo("bad-kind"));
        given().auth()
                .oauth2(Tokens.of("manager"))
                .contentType("application/json")
                .body(Map.of("kind", "DAILY", "from", "2030-01-01"))
                .post("/api/reports")
                .then()
                .statusCode(400)
                .body("error", equalTo("invalid-range"));
        report(java.util.UUID.randomUUID().toString(), "pdf").statusCode(400).body("error", equalTo("invalid-format"));
        report(java.util.UUID.randomUUID().toString(), "csv").statusCode(404);
        given().auth()
                .oauth2(Tokens.of("admin"))
                .queryParam("page", 0)
                .queryParam("size", 2)
                .get("/api/reports")
                .then()
                .statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(2));
    }

    /** The reports of a kind whose period starts on {@code from} (the list is newest first: filter it). */
    private static JsonPath list(String kind, LocalDate from) {
        List<Map<String, Object>> items = given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("kind", kind)
                .queryParam("size", 200)
                .get("/api/reports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items");
        List<Map<String, Object>> matching = items.stream()
                .filter(i -> from.toString().equals(i.get("from")))
                .toList();
        return JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(Map.of("items", matching))
                .toString());
    }

    private static io.restassured.response.ValidatableResponse report(String id, String format) {
        return given().auth()
                .oauth2(Tokens.of("manager"))
                .queryParam("format", format)
                .get("/api/reports/" + id)
                .then();
    }
}
