package org.idic.crm.app.demo;

import java.util.SplittableRandom;

/** Believable names for synthetic customers and contacts, Chinese and English. */
final class Names {

    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇",
        "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "晨", "思远", "子涵", "雨桐", "浩然",
        "欣怡", "梓轩"};
    private static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
        "Linda", "David", "Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas",
        "Sarah", "Charles", "Karen", "Daniel", "Emma", "Oliver", "Sophie", "Lucas", "Chloe", "Noah", "Grace"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
        "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White",
        "Harris", "Clark", "Lewis", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker"};
    private static final String[] CN_CITIES = {"上海", "北京", "广州", "深圳", "杭州", "南京", "成都", "武汉", "苏州",
        "天津", "重庆", "西安"};
    private static final String[] CN_WORDS = {"华信", "恒达", "瑞丰", "金泰", "宏远", "鼎盛", "嘉禾", "新越", "博雅",
        "长城", "中创", "天成", "海纳", "锦程", "汇通", "永安"};
    private static final String[] CN_TRADES = {"贸易", "科技", "电子", "食品", "物流", "实业", "文化", "医药", "家居",
        "酒店"};
    private static final String[] EN_WORDS = {"Acme", "Northwind", "Bluebird", "Summit", "Pioneer", "Evergreen",
        "Harbor", "Redwood", "Silverline", "Crescent", "Beacon", "Atlas", "Horizon", "Meridian", "Keystone"};
    private static final String[] EN_TRADES = {"Trading", "Foods", "Logistics", "Electronics", "Retail",
        "Hospitality", "Health", "Home", "Outfitters", "Supplies"};
    private static final String[] EN_FORMS = {"Ltd", "Inc.", "Co.", "Group", "LLC"};
    static final String[] EN_CITIES = {"London", "Manchester", "Singapore", "Hong Kong", "Sydney", "Toronto",
        "New York", "Chicago", "Dublin", "Auckland"};
    static final String[] INDUSTRIES = {"Retail", "Wholesale", "Hospitality", "Manufacturing", "Healthcare",
        "Education", "Logistics", "Technology", "Food service", "Construction"};

    private Names() {
    }

    static boolean chinese(SplittableRandom random) {
        return random.nextInt(100) < 60;
    }

    static String person(SplittableRandom random, boolean chinese) {
        return chinese ? pick(random, SURNAMES) + pick(random, GIVEN)
                : pick(random, FIRST) + " " + pick(random, LAST);
    }

    static String organisation(SplittableRandom random, boolean chinese) {
        return chinese ? pick(random, CN_CITIES) + pick(random, CN_WORDS) + pick(random, CN_TRADES) + "有限公司"
                : pick(random, EN_WORDS) + " " + pick(random, EN_TRADES) + " " + pick(random, EN_FORMS);
    }

    static String city(SplittableRandom random, boolean chinese) {
        return chinese ? pick(random, CN_CITIES) : pick(random, EN_CITIES);
    }

    static String pick(SplittableRandom random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
