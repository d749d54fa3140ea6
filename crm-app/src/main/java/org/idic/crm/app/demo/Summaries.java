package org.idic.crm.app.demo;

import java.util.SplittableRandom;

/** Short interaction notes in the customer's language. */
final class Summaries {

    private static final String[] INFORMATION_EN = {"Asked about delivery times for the next order",
        "Sent the new price list", "Explained the warranty terms", "Answered questions about the product range",
        "Confirmed the order details"};
    private static final String[] INFORMATION_ZH = {"询问下一批订单的交货时间", "发送了新的价格表", "解释了保修条款",
        "解答了关于产品系列的问题", "确认了订单细节"};
    private static final String[] CARE_EN = {"Birthday greetings", "Holiday greetings and thanks for the business",
        "Checked in after the last delivery", "Invited to the customer appreciation event"};
    private static final String[] CARE_ZH = {"生日祝福", "节日问候，感谢合作", "上次交货后回访", "邀请参加客户答谢会"};
    private static final String[] FEEDBACK_EN = {"Suggested a smaller pack size", "Praised the service team",
        "Would like faster invoicing", "Asked for an online order status page"};
    private static final String[] FEEDBACK_ZH = {"建议推出小包装", "表扬了服务团队", "希望开票更快", "希望能在线查询订单状态"};

    private Summaries() {
    }

    static String of(String purpose, boolean chinese, SplittableRandom r) {
        String[] options = switch (purpose) {
            case "CARE" -> chinese ? CARE_ZH : CARE_EN;
            case "FEEDBACK" -> chinese ? FEEDBACK_ZH : FEEDBACK_EN;
            default -> chinese ? INFORMATION_ZH : INFORMATION_EN;
        };
        return Names.pick(r, options);
    }
}
