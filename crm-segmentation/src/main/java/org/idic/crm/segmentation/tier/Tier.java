package org.idic.crm.segmentation.tier;

/** Value tiers after Peppers &amp; Rogers (spec §5). */
public enum Tier {
    /** Most valuable customer, 最有价值客户（贵宾型）. */
    MVC,
    /** Most growable customer, 最具成长性客户（改进型）. */
    MGC,
    /** Everyone else who has bought, 维持型客户. */
    MAINTAIN,
    /** Below zero, 负值客户（放弃型）. */
    BZ,
    /** No purchase on or before asOf. */
    PROSPECT
}
