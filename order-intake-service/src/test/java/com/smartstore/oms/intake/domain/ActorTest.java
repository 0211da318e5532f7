package com.smartstore.oms.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who changed an order, and in which capacity. */
class ActorTest {

    @Test
    void aUsersRolesReadAsACommaSeparatedList() {
        assertThat(new Actor("rita", List.of("order-clerk", "supervisor")).rolesText())
                .isEqualTo("order-clerk,supervisor");
        assertThat(new Actor("rita", List.of()).rolesText()).isEmpty();
    }

    @Test
    void aSystemActorActsThroughWhatItNames() {
        Actor actor = Actor.system("warehouse-service", "event:order-picked");
        assertThat(actor.name()).isEqualTo("warehouse-service");
        assertThat(actor.roles()).containsExactly("event:order-picked");
        assertThat(actor.rolesText()).isEqualTo("event:order-picked");
    }

    @Test
    void theRolesAreFixedWhenTheActorIsMade() {
        List<String> roles = new ArrayList<>(List.of("order-clerk"));
        Actor actor = new Actor("rita", roles);
        roles.add("admin");
        assertThat(actor.roles()).containsExactly("order-clerk");
        assertThatThrownBy(() -> actor.roles().add("admin")).isInstanceOf(UnsupportedOperationException.class);
    }
}
