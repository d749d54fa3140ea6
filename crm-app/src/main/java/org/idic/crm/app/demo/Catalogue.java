package org.idic.crm.app.demo;

/** The demo's product catalogue: SKU, name, category, list price, unit cost (null = unknown). */
final class Catalogue {

    record Item(String sku, String name, String category, double price, Double cost) {
    }

    static final Item[] ITEMS = {
        new Item("TEA-001", "Longjing green tea 250 g", "Tea", 128, 71.0),
        new Item("TEA-002", "Pu'er cake 357 g", "Tea", 268, 150.0),
        new Item("TEA-003", "Jasmine tea 100 g", "Tea", 58, 30.0),
        new Item("TEA-004", "Oolong gift box", "Tea", 398, null),
        new Item("CUP-001", "Porcelain tea set", "Teaware", 560, 310.0),
        new Item("CUP-002", "Glass teapot 600 ml", "Teaware", 95, 48.0),
        new Item("CUP-003", "Travel tea tumbler", "Teaware", 79, 35.0),
        new Item("CUP-004", "Clay teapot (Yixing)", "Teaware", 880, 520.0),
        new Item("COF-001", "Yunnan coffee beans 1 kg", "Coffee", 189, 112.0),
        new Item("COF-002", "Drip coffee bags (30)", "Coffee", 99, 52.0),
        new Item("COF-003", "Espresso blend 500 g", "Coffee", 139, null),
        new Item("SNK-001", "Mooncake gift box", "Gifts", 238, 120.0),
        new Item("SNK-002", "Dried fruit hamper", "Gifts", 168, 90.0),
        new Item("SNK-003", "Corporate gift hamper", "Gifts", 1280, 760.0),
        new Item("SVC-001", "Office tea service (monthly)", "Services", 2400, 1500.0),
        new Item("SVC-002", "Tasting workshop", "Services", 1600, 700.0),
        new Item("SVC-003", "Event catering (per guest)", "Services", 85, 52.0),
        new Item("EQP-001", "Commercial tea brewer", "Equipment", 6800, 4700.0),
        new Item("EQP-002", "Water filter cartridge", "Equipment", 320, 190.0),
        new Item("EQP-003", "Hot water dispenser", "Equipment", 2100, 1450.0),
    };

    private Catalogue() {
    }
}
