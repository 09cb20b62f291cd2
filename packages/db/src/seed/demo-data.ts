import type { SegmentKind, SocioeconomicLevel } from "../generated/prisma/enums";

export const DEMO_PASSWORD = "demo-portal-2026";

type SegmentSeed = {
  key: string;
  name: string;
  kind: SegmentKind;
  ageMin?: number;
  ageMax?: number;
  socioeconomicLevel?: SocioeconomicLevel;
  buyingHabits: string;
  tags: string[];
  bestCustomerPriority: number;
  description: string;
  department?: { name: string; target: number; head: string; positions: [string, number][] };
};

/** Nordvik Bank: a bank organized by customer type. "Farmers & rural" has no department: the visible gap. */
export const demoSegments: SegmentSeed[] = [
  {
    key: "private",
    name: "Private individuals",
    kind: "INDIVIDUALS",
    ageMin: 30,
    ageMax: 64,
    socioeconomicLevel: "MIDDLE",
    buyingHabits: "Everyday banking, mortgages, savings; prefers the app and phone.",
    tags: ["retail", "mortgage"],
    bestCustomerPriority: 1,
    description: "Households and individual customers with everyday banking needs.",
    department: {
      name: "Private Banking Service",
      target: 16,
      head: "Astrid Lindqvist",
      positions: [
        ["Customer advisor", 8],
        ["Mortgage specialist", 4],
        ["Contact centre agent", 6],
      ],
    },
  },
  {
    key: "young",
    name: "Young adults",
    kind: "INDIVIDUALS",
    ageMin: 18,
    ageMax: 29,
    socioeconomicLevel: "LOWER_MIDDLE",
    buyingHabits: "Mobile-only, first accounts, student loans, first home savings.",
    tags: ["digital", "students"],
    bestCustomerPriority: 0,
    description: "Students and young professionals opening their first accounts.",
    department: {
      name: "Young Customers Team",
      target: 10,
      head: "Nikos Papadakis",
      positions: [
        ["Digital advisor", 6],
        ["Student loan officer", 3],
      ],
    },
  },
  {
    key: "small",
    name: "Small businesses",
    kind: "ORGANIZATIONS",
    socioeconomicLevel: "ANY",
    buyingHabits: "Business accounts, card terminals, short-term credit; values a named contact.",
    tags: ["sme", "credit"],
    bestCustomerPriority: 2,
    description: "Sole traders and companies up to 50 employees.",
    department: {
      name: "Small Business Desk",
      target: 14,
      head: "Camille Durand",
      positions: [
        ["Business advisor", 6],
        ["Credit analyst", 4],
        ["Payments specialist", 3],
      ],
    },
  },
  {
    key: "enterprise",
    name: "Large enterprises",
    kind: "ORGANIZATIONS",
    socioeconomicLevel: "ANY",
    buyingHabits: "Cash management, trade finance, syndicated loans; long sales cycles.",
    tags: ["corporate"],
    bestCustomerPriority: 3,
    description: "Corporations with complex, multi-country needs; the most profitable group.",
    department: {
      name: "Corporate Banking",
      target: 12,
      head: "Mads Kristensen",
      positions: [
        ["Relationship manager", 5],
        ["Trade finance specialist", 3],
        ["Cash management analyst", 3],
        ["Credit analyst", 2],
      ],
    },
  },
  {
    key: "public",
    name: "Public sector",
    kind: "GOVERNMENT",
    socioeconomicLevel: "ANY",
    buyingHabits: "Tenders, framework agreements, strict compliance and reporting.",
    tags: ["tenders", "compliance"],
    bestCustomerPriority: 1,
    description: "Municipalities, agencies and public institutions.",
    department: {
      name: "Public Sector Unit",
      target: 8,
      head: "Maria Santos",
      positions: [
        ["Public sector advisor", 4],
        ["Tender coordinator", 2],
      ],
    },
  },
  {
    key: "premium",
    name: "Premium customers",
    kind: "INDIVIDUALS",
    ageMin: 35,
    socioeconomicLevel: "HIGH",
    buyingHabits: "Wealth management, investments; expects a personal banker and fast answers.",
    tags: ["wealth", "loyal"],
    bestCustomerPriority: 3,
    description: "High-net-worth, most loyal customers who get follow-up and special treatment.",
    department: {
      name: "Premium Banking",
      target: 10,
      head: "Erik Johansson",
      positions: [
        ["Personal banker", 5],
        ["Investment advisor", 3],
      ],
    },
  },
  {
    key: "rural",
    name: "Farmers & rural businesses",
    kind: "ORGANIZATIONS",
    socioeconomicLevel: "ANY",
    buyingHabits: "Seasonal credit, equipment leasing, EU subsidies.",
    tags: ["agriculture"],
    bestCustomerPriority: 0,
    description: "Agricultural customers. No department serves them yet: a gap to close.",
  },
];

export const firstNames = [
  "Anna",
  "Lars",
  "Sofia",
  "Johan",
  "Eleni",
  "Giorgos",
  "Léa",
  "Hugo",
  "Jose",
  "Andrea",
  "Freja",
  "Rasmus",
  "Ingrid",
  "Oskar",
  "Dimitra",
  "Chloé",
  "Miguel",
  "Liza",
  "Mette",
  "Henrik",
  "Nora",
  "Elias",
  "Katerina",
  "Louis",
  "Rosa",
  "Karl",
  "Ida",
  "Theo",
  "Paolo",
  "Maja",
];
export const lastNames = [
  "Berg",
  "Nilsen",
  "Svensson",
  "Georgiou",
  "Martin",
  "Bernard",
  "Reyes",
  "Cruz",
  "Hansen",
  "Pedersen",
  "Larsen",
  "Dimitriou",
  "Moreau",
  "Garcia",
  "Bautista",
  "Holm",
  "Ekström",
  "Petit",
  "Andersen",
  "Lund",
];
