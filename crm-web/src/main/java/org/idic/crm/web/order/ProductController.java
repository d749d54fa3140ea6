package org.idic.crm.web.order;

import org.idic.crm.web.form.FormTokens;
import org.idic.crm.domain.support.Submissions;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.idic.crm.domain.access.Actor;
import org.idic.crm.domain.access.ConcurrentEditException;
import org.idic.crm.domain.access.RuleViolationException;
import org.idic.crm.domain.activity.ProductView;
import org.idic.crm.domain.activity.Products;
import org.idic.crm.web.form.Baseline;
import org.idic.crm.web.form.ConflictResponder;
import org.idic.crm.web.form.ThreeWayMerge;
import org.idic.crm.web.form.Forms;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The product catalogue: everyone reads it, administrators keep it. */
@Controller
class ProductController {

    static final ThreeWayMerge<ProductForm> MERGE = ThreeWayMerge.of(ProductForm::comparableValues);

    private final Products products;
    private final ConflictResponder conflicts;

    private final Submissions submissions;

    ProductController(Products products, ConflictResponder conflicts, Submissions submissions) {
        this.submissions = submissions;
        this.products = products;
        this.conflicts = conflicts;
    }

    @GetMapping("/products")
    String list(Model model) {
        model.addAttribute("products", products.all());
        return "products/list";
    }

    @GetMapping("/products/new")
    @PreAuthorize("hasRole('ADMIN')")
    String newProduct(Model model) {
        model.addAttribute("productForm", new ProductForm());
        return "products/form";
    }

    @PostMapping("/products")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@Valid @ModelAttribute("productForm") ProductForm form, BindingResult result,
            @RequestParam(name = FormTokens.PARAMETER, required = false) String formToken, Actor actor,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            // refused anyway: say at once if the SKU is taken too. Without other errors the save checks it, after
            // the once-only token (the same form sent twice must lead to the product it created, not to "taken")
            checkSku(form, null, result);
        }
        if (!result.hasErrors()) {
            try {
                String created = submissions.once(actor.userId(), formToken, () -> {
                    products.create(actor, form.toDetails());
                    return "/products";
                });
                redirect.addFlashAttribute("flash", "product.saved");
                return "redirect:" + created;
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return "products/form";
    }

    @GetMapping("/products/{id}/edit")
    @PreAuthorize("hasRole('ADMIN')")
    String edit(@PathVariable Long id, Model model) {
        ProductView product = products.get(id);
        ProductForm form = ProductForm.of(product);
        model.addAttribute("productForm", form);
        model.addAttribute("baseline", MERGE.baseline(form));
        model.addAttribute("existing", product);
        return "products/form";
    }

    @PostMapping("/products/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    String update(@PathVariable Long id, @Valid @ModelAttribute("productForm") ProductForm form, BindingResult result,
            @RequestParam(name = Baseline.PARAMETER, required = false) String base,
            @RequestParam(name = ConflictResponder.KEEP_THEIRS, required = false) String[] keepTheirs,
            Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ProductView current = products.get(id);
        MERGE.keepTheirs(form, ProductForm.of(current), keepTheirs);
        model.addAttribute("existing", current);
        checkSku(form, id, result);
        if (!result.hasErrors()) {
            try {
                products.update(actor, id, form.getVersion() == null ? -1 : form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("flash", "product.saved");
                return "redirect:/products";
            } catch (ConcurrentEditException e) {
                ProductView stored = products.get(id);
                conflicts.show(model, response, "product", id, MERGE, form, ProductForm.of(stored), base);
                form.setVersion(stored.version());
            } catch (RuleViolationException e) {
                Forms.reject(result, e);
            }
        }
        return "products/form";
    }

    /** A SKU another product has is flagged with the form's other errors, not only once they are fixed. */
    private void checkSku(ProductForm form, Long id, BindingResult result) {
        if (!result.hasFieldErrors("sku") && products.skuTaken(form.getSku(), id)) {
            result.rejectValue("sku", "product.sku.taken");
        }
    }
}
