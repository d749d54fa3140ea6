package org.idic.crm.web.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.idic.crm.domain.activity.ComplaintCategory;
import org.idic.crm.domain.activity.Direction;
import org.idic.crm.domain.activity.InteractionChannel;
import org.idic.crm.domain.activity.Mood;
import org.idic.crm.domain.activity.OrderStatus;
import org.idic.crm.domain.activity.Purpose;
import org.idic.crm.domain.activity.SalesChannel;
import org.idic.crm.domain.activity.Severity;
import org.idic.crm.domain.customer.BuyingRole;
import org.idic.crm.domain.customer.BuyingStyle;
import org.idic.crm.domain.customer.CreditRating;
import org.idic.crm.domain.customer.CustomerKind;
import org.idic.crm.domain.customer.CustomerSource;
import org.idic.crm.domain.customer.CustomerStatus;
import org.idic.crm.domain.customer.Gender;
import org.idic.crm.domain.customer.IncomeBand;
import org.idic.crm.domain.customer.MaritalStatus;
import org.idic.crm.domain.customer.PersonalityType;
import org.idic.crm.domain.customer.RevenueBand;
import org.idic.crm.segmentation.abc.AbcClass;
import org.idic.crm.segmentation.abc.PyramidLevel;
import org.idic.crm.segmentation.lifecycle.LifecycleStage;
import org.idic.crm.segmentation.lifecycle.Relationship;
import org.idic.crm.segmentation.rfm.RfmSegment;
import org.idic.crm.segmentation.tier.Tier;

/**
 * The choices of every select in the forms, by enum name ({@code ${options['Gender']}}): templates may
 * not reach static classes, and one list here keeps the pages and the labels in step.
 */
public final class FormOptions {

    /** Every enum a form offers, keyed by its simple name (which is also its label prefix). */
    public static final Map<String, List<? extends Enum<?>>> ALL = build();

    private FormOptions() {
    }

    private static Map<String, List<? extends Enum<?>>> build() {
        Map<String, List<? extends Enum<?>>> options = new LinkedHashMap<>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(CustomerKind.class,
                CustomerStatus.class, CustomerSource.class, Gender.class, MaritalStatus.class, IncomeBand.class,
                PersonalityType.class, BuyingStyle.class, RevenueBand.class, CreditRating.class, BuyingRole.class,
                InteractionChannel.class, Direction.class, Purpose.class, Mood.class, OrderStatus.class,
                SalesChannel.class, ComplaintCategory.class, Severity.class, Tier.class, AbcClass.class,
                PyramidLevel.class, RfmSegment.class, LifecycleStage.class, Relationship.class)) {
            options.put(type.getSimpleName(), List.of(type.getEnumConstants()));
        }
        return Map.copyOf(options);
    }
}
