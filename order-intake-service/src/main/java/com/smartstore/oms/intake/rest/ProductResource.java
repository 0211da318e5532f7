package com.smartstore.oms.intake.rest;

import com.smartstore.oms.intake.command.ProductRequest;
import com.smartstore.oms.intake.repository.ConcurrentWrite;
import com.smartstore.oms.intake.repository.ProductRepository;
import com.smartstore.oms.intake.service.ProductService;
import com.smartstore.oms.kit.persistence.Page;
import com.smartstore.oms.kit.persistence.Where;
import com.smartstore.oms.kit.rest.ApiException;
import com.smartstore.oms.kit.rest.QueryParams;
import com.smartstore.oms.kit.security.CurrentUser;
import com.smartstore.oms.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The product catalogue: managers and admins maintain it; every change goes out on {@code product-catalog}. */
@Path("/api/products")
@RolesAllowed({Roles.ADMIN, Roles.MANAGER})
public class ProductResource {
    private final ProductService service;
    private final ProductRepository products;
    private final CurrentUser user;

    public ProductResource(ProductService service, ProductRepository products, CurrentUser user) {
        this.service = service;
        this.products = products;
        this.user = user;
    }

    @POST
    public Uni<Response> create(@NotNull @Valid ProductRequest request) {
        return service.create(request, user.name())
                .map(p -> Response.created(URI.create("/api/products/" + p.sku))
                        .entity(ProductView.of(p))
                        .build());
    }

    /**
     * Changes a product; the body names the {@code version} the change is based on (400 {@code missing-version}
     * without it, 409 {@code stale-product} with the current version when someone changed it meanwhile).
     */
    @PUT
    @Path("/{sku}")
    public Uni<ProductView> update(@PathParam("sku") String sku, @NotNull @Valid ProductRequest request) {
        return service.update(sku, request, user.name())
                .onFailure(ConcurrentWrite::isStaleUpdate)
                .transform(stale -> ApiException.conflict(
                        "stale-product",
                        "Product " + sku + " changed while your change was applied; reload it (GET /api/products/" + sku
                                + ") and try again with its version"))
                .map(ProductView::of);
    }

    @GET
    @WithSession
    public Uni<Page<ProductView>> list(
            @QueryParam("activeOnly") boolean activeOnly,
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return new Where()
                .when(activeOnly, "active = true")
                .ifSet(
                        "(lower(sku) like :q escape '\\' or lower(name) like :q escape '\\')",
                        "q",
                        contains(QueryParams.blankToNull(q)))
                .pageWithTotal(products, Sort.by("sku"), page, size)
                .map(found -> found.map(ProductView::of));
    }

    /** A {@code like} pattern that finds the text anywhere, any case; {@code %}, {@code _} and {@code \} are literal. */
    private static String contains(String text) {
        return text == null
                ? null
                : "%"
                        + text.toLowerCase(java.util.Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
    }

    @GET
    @Path("/{sku}")
    @WithSession
    public Uni<ProductView> get(@PathParam("sku") String sku) {
        return products.findById(sku)
                .onItem()
                .ifNull()
                .failWith(() -> ApiException.notFound("Product", sku))
                .map(ProductView::of);
    }
}
