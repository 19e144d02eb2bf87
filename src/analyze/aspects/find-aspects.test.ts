import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { sharedSeed } from "../../../test/helpers/shared-data.js";
import type { AspectName } from "../../domain/analysis.js";
import { findPeople } from "../entities/find-people.js";
import { defaultTextModel } from "../model/default-model.js";
import { ASPECT_TERMS } from "./aspect-lexicon.js";
import {
  aspectsInSentence,
  findAspects,
  maskTitles,
  termHits,
  verdictLean,
} from "./find-aspects.js";
import { lexicalLean } from "./judging-words.js";

const model = defaultTextModel();
const read = (sentence: string) =>
  new Map(
    aspectsInSentence(sentence, (clause) => model.clauseLean(clause)).map((a) => [a.aspect, a]),
  );

describe("aspects: words in context", () => {
  test.each<[string, AspectName]>([
    ["Pixar keeps making computer-generated animated features for the holidays.", "effects"],
    ["The jokes fail to score here.", "music"],
    ["A cutting edge thriller with a conscience.", "editing"],
    ["The film opens on endless vistas of desert.", "pacing"],
    ["Writer/director Jane Doe has created a powerful film.", "writing"],
    ["A tense thriller from director Jane Doe.", "direction"],
    ["It's a story about a man who loses his job.", "writing"],
    ["Sam Rockwell gives his character texture and menace.", "visuals"],
    ["The heist takes two hours later to unravel.", "pacing"],
    ["Written and directed by Martin McDonagh, it opens in Missouri.", "direction"],
    ["McDormand turns her role into a masterclass on cold, slow-burning anger.", "pacing"],
    ["Mildred keeps dragging herself into confrontations.", "pacing"],
    ["I know they're not supposed to be role models.", "acting"],
    ["This drama explores the role of the senses in the lives of a group of Canadians.", "acting"],
    ['"Hancock" is a step in the right direction.', "direction"],
    ["Not surprisingly, its narrative direction isn't fairly self-explanatory.", "direction"],
    // Filmmakers portray a world, a generation, a people: no acting (rt-reviews).
    [
      "Payne and screenwriter Bob Nelson frequently portray their Midwestern brethren with disdain.",
      "acting",
    ],
    [
      "Apatow's talent for accurately portraying his generation at their most self-absorbed is real.",
      "acting",
    ],
    [
      "Fincher's film is gripping, unless you have an aversion to long books or subtitles.",
      "pacing",
    ],
    // A life that is long; a plot that thickens; what is said only to be denied.
    ["The present King William (Jim Broadbent) is not well and may not live long.", "pacing"],
    ["The plot thickens when Melbourne is forced out of office.", "writing"],
    ["This isn't to say that the script or direction was bad.", "direction"],
    ["This isn't to say that the script or direction was bad.", "writing"],
    ["That's not to say the performances are great.", "acting"],
    ["What starts out as quirky fun loses direction and devolves into a mishmash.", "direction"],
    // Sent or aimed somewhere, not directed (rt-reviews; imdb-reviews).
    [
      "Anyone curious about Purgatory is directed to this excruciatingly unfunny movie.",
      "direction",
    ],
    ["A lot of the dialogue is directed to adults.", "direction"],
    ["It is the first movie I've seen in a very long while that deserves the word.", "pacing"],
    ["Nothing is worse than the portrayal of slavery in The Patriot.", "acting"],
    // A film's title (capitalized words after the first) judges nothing.
    ["It's the Billy Lynn's Long Halftime Walk of Predator movies.", "pacing"],
    // "long" that says nothing of the film's length: rt-reviews lines read as pacing before.
    ["Decent King adaptations shrouded with a weak framing story.", "visuals"],
    ["A sugary confection that will not linger long on the palate.", "pacing"],
    ["A creepy ghost story that is long on atmosphere and short on gore.", "pacing"],
    ["Careful is one long and amusing pun on German Expressionistic film imagery.", "pacing"],
    ["Silent Hill is one long free fall through icky surrealism.", "pacing"],
    ["The creature feature equivalent of white bread.", "effects"],
    [
      "Segues between its various pawns before cruelly sending them to their execution.",
      "direction",
    ],
    ["Makes you long for the days of intimate dramas.", "pacing"],
    ["The latest in a long string of strong biopics.", "pacing"],
    ["It isn't bulletproof by a long shot.", "pacing"],
    ["One of the most satisfying action movies in a long, long time.", "pacing"],
    ["Political junkies have long been wondering about it.", "pacing"],
    ["Anderson had long wanted to adapt Pynchon.", "pacing"],
    ["It doesn't take long to realize what it is after.", "pacing"],
    ["It won't sate us for long.", "pacing"],
    ["This classic delivers warmth all year long.", "pacing"],
    ["A nice change of pace for Soderbergh.", "pacing"],
    ["Long may this collaboration continue.", "pacing"],
    ["It was not helped by a cast of thousands.", "acting"],
    ["It struggles to keep pace with its own ideas.", "pacing"],
    ["Few could stay awake long enough to make the comparisons.", "pacing"],
    // Found on film pages (rt-reviews): time and sound that say nothing of the film's.
    ["At long last, a spaghetti Western for the kiddie set.", "pacing"],
    ["Five minutes into this formulaic flick, you'll think you wrote it.", "pacing"],
    ["Ten minutes after you've seen it, you'll have forgotten all about it.", "pacing"],
    ["It's the sound of a career's death knell.", "music"],
    ["A guy named Doom seems perfectly plausible in the funny books.", "humor"],
    ["It wasn't a great idea, since it leads to comparisons it can't live up to.", "acting"],
    ["In its role as a comedy of ideas as well as gags, it works.", "acting"],
    // Verbs and idioms (on rt-reviews, "sets out to" alone made some 60 false mentions of the look).
    ["It forgets to cast a spell on the audience.", "acting"],
    ["It's a substantial step in that direction.", "direction"],
    ["It is exceptionally effective at what it sets out to achieve.", "visuals"],
    ["It's a scathing commentary on the effects of poverty.", "effects"],
    ["Cutting to the core of the matter without tugging at the heartstrings.", "editing"],
    // A character played, or owned, by an actor is acting's (rt-reviews and imdb-reviews lines).
    ["Iago's character was played so well by the Kenneth fellow!", "writing"],
    [
      "Portraying a version of Snow White, Adams owns the character, down to every warble.",
      "writing",
    ],
    ["The colorful other characters are played by Al Pacino and Diane Keaton.", "writing"],
    // … or one an actor transforms or disappears into (Hitchcock's page, rt-reviews, 2026-12-08).
    ["Watching Hopkins and Mirren transform into these characters is a must-see.", "writing"],
    ["Chadwick Boseman disappears into his character in a great performance.", "writing"],
    // "Cutting" as sharp, or as saving money, is no editing (rt-reviews and imdb-reviews lines).
    ["This tale of picking up the pieces is as cutting as those pieces can be.", "editing"],
    ["What the movie lacks in story, it makes up for in cost-cutting charm.", "editing"],
    ["It's all meant to be a cutting- edge examination of changing times.", "editing"],
    ["A winning film in the spirit of cutting, dark comedy.", "editing"],
    // A film's format, a kind of actor, a break and a living thing say nothing of length,
    // writing or effects.
    ["The Savages is only Jenkins' second feature-length film.", "pacing"],
    ["Crowe confirms his position as one of the best character actors around.", "writing"],
    ["He has taken a long holiday from the big screen.", "pacing"],
    ["We are reminded throughout the film that all living creatures have worth.", "effects"],
    // Who stands behind or in front of the camera, what leads you somewhere, what is long gone.
    ["His chops behind the camera are undeniable.", "visuals"],
    ["The talent in front of the camera carries it.", "visuals"],
    ["It leads you down a murky winding path.", "acting"],
    ["The wonder of the first movie is long gone.", "pacing"],
    ["Some of these slow-mo moments come straight from the game.", "pacing"],
    ["Men in drag are usually played for laughs.", "pacing"],
    ["It's an ensemble drama about mothers and their children.", "acting"],
    ["Dafoe brings realism to a character long steeped in mystery.", "pacing"],
    ["It veers off in a bizarre direction in the final reel.", "direction"],
    ["He talks straight to the camera like the young Michael Caine.", "visuals"],
    // A score that is no music: a rating, a point won, a grudge.
    ["It earns a perfect score from this critic.", "music"],
    ["Blunt's screenplay scores many points by making the plan pleasurable.", "music"],
    ["Keeping score of the ensuing mayhem is about as involving as Xeroxing.", "music"],
    ["It doesn't devolve into ideological score settling.", "music"],
    ["The physical comedy scores.", "music"],
    // "sound" as a verb, a shadow that is long, a lead that is a character, what sets a film apart.
    ["The film may sound gross but there are a lot of messages in it.", "music"],
    ["Vantage Point might sound intriguing on paper.", "music"],
    ["Furman is working in the long shadow of Martin Scorsese.", "pacing"],
    ["A too-passive lead character sinks this otherwise interesting film.", "acting"],
    ["This film has a rather funky style to it, which sets it apart.", "visuals"],
    ["The film's alchemy is unlike anything I've seen before.", "writing"],
    // Not a publicity stunt, blame cast, or "long" before "the".
    ["It'd be easy to write off Tupac: Resurrection as a cheap publicity stunt.", "effects"],
    ["The movie's biggest sin lies not in where it chooses to cast blame.", "acting"],
    ["Long the merry pranksters of the cinema, the Coens have given irony a vacation.", "pacing"],
    // "sound" as a verb or in an idiom; a spell cast; a slow boil.
    [
      "There are few characters who don't look and sound like they just got back from the river.",
      "music",
    ],
    ["An impressive display of sound and fury that falls apart under scrutiny.", "music"],
    // The talkies' coming is film history, not a soundtrack (Citizen Kane's page, rt-reviews,
    // 2026-12-04, thirteenth session).
    [
      "More than a great movie; it is a gathering of all the lessons of the emerging era of sound.",
      "music",
    ],
    ["The coming of sound ended her career, and the early sound films were stagebound.", "music"],
    ["A silent star of the pre-sound era gets a fine tribute.", "music"],
    ["To begin with, this film is structurally sound.", "music"],
    // A film's subject, a path, an idiom (pages read 2026-12-04, thirteenth session).
    ["Memorable, sometimes gritty drama about music, friendship.", "music"],
    [
      "Too often the story loses its footing and falls into another tedious direction.",
      "direction",
    ],
    ["At worst, it's character assassination.", "writing"],
    // The film portraying something, a singer (Coal Miner's Daughter's page, 2026-12-04).
    ["It's least interesting when it's portraying the agonies of show-business success.", "acting"],
    [
      "It's more intelligent and observant than movie biographies of singing stars used to be.",
      "music",
    ],
    // A car crash in the plot, a stuntman's long hair (imdb-reviews pages, 2026-12-04).
    ["At the end he crashes with his car and gets really damaged.", "effects"],
    [
      "In the slow motion scene you can beautifully see the long hairs of the stuntman flap in the air.",
      "pacing",
    ],
    // The festival a film is about; a story's people (Taking Woodstock's page, 2026-12-04).
    [
      "Lee's sizeable re-creation of the planet's greatest music festival is a sanitised trip.",
      "music",
    ],
    ["The film is populated as it is with a cast of oddball characters.", "acting"],
    // The acting of the characters (Tigerland's page, imdb-reviews, 2026-12-04, fourteenth session).
    ["The acting for every character was superb.", "writing"],
    ["The performances of all the main characters are strong.", "writing"],
    // Melodies that are fast, a drama's composition (Homeward Bound's and Valkyrie's pages).
    ["It has rousing fast-paced melodies and a heart-wrenching main theme.", "pacing"],
    ["Bad drama composition is the worst thing about this film.", "visuals"],
    // Idioms and people (Pickup on South Street's and Next Friday's pages, 2026-12-04).
    ["He ranks with the professionals who were willing to march to their own music.", "music"],
    ["At some point he has to face the music and get fighting mad.", "music"],
    ["We get caricatures of color and glib riffs about economic insolvency.", "visuals"],
    // A film's portrayal of a subject (11'09"01's page, imdb-reviews, 2026-12-04).
    [
      "It is an interesting portrayal of the way other parts of the world react to the attacks.",
      "acting",
    ],
    // Music written; a singer described (Dressed to Kill's and Black Snake Moan's pages).
    ["The finest film score ever written makes it a must see.", "writing"],
    ["Samuel L. Jackson plays a blues-singing farmer named Lazarus.", "music"],
    // Gender roles; a film's portrayal; an actor's looks and colour (Mars Needs Moms',
    // Spirit's, Before Sunrise's and Billy Elliot's pages, 2026-12-04).
    ["It ties in with its simple-minded politics regarding gender roles.", "acting"],
    ["Its portrayal of American Indians is realistic and dignified.", "acting"],
    ["She still looks stunning in this film.", "visuals"],
    ["He should just play good-looking successful young men.", "visuals"],
    ["Julie Walters is spirited and colorful as the ballet teacher.", "visuals"],
    ["His blank face and wooden dialogue delivery are so bad I couldn't believe it.", "writing"],
    // How someone looks (The King of Masks' page, imdb-reviews, 2026-12-04).
    [
      "The old man is kind of funny-looking with a missing front tooth and an infectious grin.",
      "humor",
    ],
    // Other films' (Mystery Men's page, imdb-reviews: still wrong at the end of the thirteenth
    // session); not what this one lacks of them.
    [
      "It starts of promisingly with a stylistic spoof of the cinematography of the Batman films and then just loses something.",
      "visuals",
    ],
    ["The director of the frickin' 'Ernest' films uses the copyright as an excuse.", "direction"],
    // The pace of life; the critic's own long review (Whipped's and Little Man's pages).
    [
      "I was intrigued by how perfectly he captured the real pace of today's conversations.",
      "pacing",
    ],
    [
      "Usually I'd be inclined to write some long winded, detailed review about why it fails.",
      "pacing",
    ],
    // A rating, not a soundtrack (imdb-reviews users, 2026-12-04).
    ["It's a pretty good film--and almost earns a score of 7 (it's REAL close).", "music"],
    ["I gave this movie a score of '2' for reasons which seem obvious.", "music"],
    // "As" that opens a clause is no role (Whipped's page, still wrong at the end of the
    // fourteenth session); people portrayed as something are no performance (Whipped's and
    // another's, imdb-reviews, 2026-12-04, fifteenth session).
    ["I was pleasantly surprised as Whipped is actually rather a good movie.", "acting"],
    ["The ending was good, as it did not portray women as unreal, helpless romantics.", "acting"],
    [
      "This society continues to portray women as sexual objects as opposed to human beings.",
      "acting",
    ],
    // A character who is a writer; other directors (Deathtrap's and Soylent Green's pages).
    ["Reeve seems extremely uncomfortable in the role of the better writer.", "writing"],
    ["The decade saw the rise of pioneering indie directors like John Cassavetes.", "direction"],
    [
      "There are much better directors like Jorg Buttgereit with movies of the same gore.",
      "direction",
    ],
    // Character design is the look (The Lord of the Rings' (1978) page, imdb-reviews).
    ["The character design is also wonderfully unique.", "writing"],
    // Christmas lights (How the Grinch Stole Christmas' page, imdb-reviews).
    ["There is some stupid Christmas lighting competition.", "visuals"],
    // Boring people, things of another aspect, someone else's word, an afternoon (2026-12-04).
    ["Burton's breakthrough film. Marred by boring leads.", "pacing"],
    ["I have to confess that I've found Dragon Tattoo's plot profoundly boring.", "pacing"],
    ["Half-assed storytelling and dull performances.", "pacing"],
    ["Rey is dull-witted and childlike.", "pacing"],
    ["A dull man pretends to be gay and becomes more alive.", "pacing"],
    ["The backgrounds are dull and lack the colour of the show.", "pacing"],
    ['I am outraged at the comment stating that this movie was "boring".', "pacing"],
    ["One other poster commented that it was boring.", "pacing"],
    ["Saving Grace is a nice movie to watch on a boring afternoon.", "pacing"],
    ["A meditative contemplation of the boredom of spoiled kids.", "pacing"],
    // What draws viewers in; a film's function; comic timing (pages read 2026-12-04).
    ["The investigative portion of the show is not what drags viewers in.", "pacing"],
    ["It is meant to entertain kids, and it fulfills that role perfectly.", "acting"],
    ["Their comic timing is superb.", "pacing"],
    ["It pleases two very different sides of my cinematic sensibility.", "direction"],
    // Someone's dull life; a character sustained through a film (pages read 2026-12-04).
    [
      "Ms. Aniston embodies the exhausted cosmetics clerk who is weighted down by dullness and drudgery.",
      "pacing",
    ],
    [
      "He shows an ability to compellingly sustain a character throughout a feature-length film.",
      "pacing",
    ],
    // A person's looks; a genre of ensemble films (Forbidden Planet's and Think Like a Man Too's pages).
    ["There is the good-looking Leslie Nielsen in one of his first starring roles.", "visuals"],
    ["It leaves only the blandest of ensemble relationship comedies.", "acting"],
    // … not a style, nor the film's meaning.
    ["His visual style carries the film well past its faults.", "acting"],
    ["It's Jones who carries the film's meaning, and does so effortlessly.", "acting"],
    // … not cartoons, nor a film that tunes its riffs to something.
    ["It is a match made in looney-tunes heaven.", "music"],
    ["Nebraska tunes its bittersweet riffs to the waltz of picked guitars.", "music"],
    // … not a scene or a romance lovely to watch.
    ["The romance between Kate and her young man is lovely to watch.", "visuals"],
    // A magazine's or a newspaper's editor (How to Lose Friends & Alienate People's page).
    [
      "Sidney catches the attention of Clayton Harding, editor of Sharp, and accepts a job with the magazine.",
      "editing",
    ],
    ["Robinson plays a ruthless newspaper editor who resurrects an old story.", "editing"],
    // A person who looks lovely (How to Lose Friends & Alienate People's page).
    ["Kristan Dunst looks lovely and does a pretty good job.", "visuals"],
    // … by a title and a surname, or "she"; a good-looking man or kid (imdb-reviews' Birthday
    // Girl and others, read on their pages 2026-12-05).
    ["In the end miss Kidman looks fantastic and is very sympathetic.", "visuals"],
    ["She looks stunning in every scene.", "visuals"],
    ["Denver Pyle was a good looking man in his younger days.", "visuals"],
    ["I felt no sympathy for this great-looking kid who seduces anyone he likes.", "visuals"],
    ["It is the sort of movie that makes Keanu Reeves look good.", "visuals"],
    // What a film is likened to, before it is named, is not the film (rt-reviews, 2026-12-04).
    [
      "Like a good song that makes you think it sounds familiar, when it is actually brand new, this girl meets boy story is simply crammed with appealing elements.",
      "music",
    ],
    ["Like a lot of fast-paced spy films, The Bourne Identity seldom pauses.", "pacing"],
    ["Like a well-crafted novel, Broken Embraces takes its time revealing itself.", "direction"],
    [
      "Like a good short story this movie leaves the viewer with questions he can only answer himself.",
      "writing",
    ],
    // Filmmaking and filmmakers in general, not this film's (rt-reviews, 2026-12-04).
    [
      "At once a horror film, a black comedy, and a peculiar ode to the art of filmmaking.",
      "direction",
    ],
    ["It's nostalgic for a different era of filmmaking.", "direction"],
    [
      "It's a magnificent throwback to a time when filmmakers found all sorts of ways to refashion Hollywood's oldest genre.",
      "direction",
    ],
    [
      "Proof that an old genre can still have life as long as filmmakers are willing to fill it with energy.",
      "direction",
    ],
    // What is crafted, a word or two on, is the writing's ("richly crafted, textured screenplay").
    [
      "A whodunnit with a deeply emotional core, thanks to Brian Helgeland's richly crafted, textured screenplay.",
      "direction",
    ],
    ["A surprisingly well-crafted coming-of-age story.", "direction"],
    // "… is another story" is an idiom, not the film's story (rt-reviews, imdb-reviews).
    [
      "It's impossible not to cry at their suffering, but whether you'll feel anything is another story.",
      "writing",
    ],
    ["The Hobbit may be a different story to The Lord Of The Rings.", "writing"],
    ["We moved on to Ocean's 13, but that is another story.", "writing"],
    // What else is lengthy: a stay, a discussion after the film, a break (rt-reviews, imdb-reviews).
    ["Its subject matter can provide fodder for lengthy post-movie discussions.", "pacing"],
    ["His big rig was repossessed after a lengthy hospital stay.", "pacing"],
    ["I wondered whether I'd go back again after a lengthy break from it.", "pacing"],
    // The other films a film is compared with are theirs (rt-reviews, 2026-12-04).
    ["Superior to the majority of the yawn-inducing suspensers out there these days.", "pacing"],
    ["Unlike most of the bloated blockbusters of late, it succeeds on its own terms.", "pacing"],
    ["The film goes a layer deeper than most formulaic chick flicks.", "writing"],
    ["It makes the film more visually distinctive than most music bios.", "music"],
    // … not its zippy chatter, one-liners or score, nor someone rushed to hospital.
    ["It's the zippy chatter among the space pirates that gives the film its punch.", "pacing"],
    ["Full of zippy one liners and inside showbiz jokes.", "pacing"],
    ["The zippy/lyrical score points up the comic side of their misadventures.", "pacing"],
    ["He is rushed to the hospital.", "pacing"],
    // The actors' own characters are their acting, not the writing (Identity Thief's page).
    [
      "Actors with the ability to connect their characters to you always overcome a multitude of movie sins.",
      "writing",
    ],
    ["All the actors do marvelous jobs bringing their characters to life.", "writing"],
    // Laughed at by others is mockery, not humour (rt-reviews, imdb-reviews, 2026-12-04).
    ["Some things just weren't meant to be laughed at.", "humor"],
    [
      "The script contains dialogue that would be laughed out of a third grade play recital.",
      "humor",
    ],
    ["These heroes get laughed at for their commitment to the cause.", "humor"],
    // What the reviewer writes is not the film's writing (imdb-reviews, 2026-12-04).
    [
      "I have never been more disappointed, nor have I ever written a comment on a bad movie.",
      "writing",
    ],
    ["The only reason I am writing this review is to warn you off.", "writing"],
    ["As of this writing, it is 17 years later and the ride hasn't opened yet.", "writing"],
    ["It comes fully alive on screen in a way a written summary can't capture.", "writing"],
    // Years that are long are the wait's, not the film's (Return of the Jedi's page, imdb-reviews).
    ["The last film left us hanging for 3 long years before this one.", "pacing"],
    ["The premise of sustaining a love affair over 16 long years seems unbelievable.", "pacing"],
    // A cutting tongue, wit or critique is sharp; cutting someone, corners or teeth is no
    // editing, nor is cutting it some slack (imdb-reviews, rt-reviews, 2026-12-04).
    ["It's also a fairly cutting critique of psychiatry.", "editing"],
    ["Her cutting tongue and eyes do the work for her.", "editing"],
    ["She went on to stardom after cutting her teeth on televised roles like this.", "editing"],
    ["The critics aren't cutting it enough slack.", "editing"],
    ["There are those attempting to beat it by cutting corners.", "editing"],
    // "Pretty" that says how much is no prettiness (rt-reviews, imdb-reviews, 2026-12-04).
    ["It makes everyone else look pretty foolish.", "visuals"],
    ["The crimes sometimes make the FBI look pretty incompetent.", "visuals"],
    // What sounds familiar or silly is a story's (imdb-reviews, 2026-12-04).
    ["A group of boys love to pick on the new kid... sound familiar?", "music"],
    ["All the hints you're being given sound silly.", "music"],
    ["Story sound somewhat ridiculous?", "music"],
    // Performers who sound bored, or nothing like someone, are no soundtrack (imdb-reviews, 2026-12-05).
    ["The dialogue is so flat that even the good actors sound bored.", "music"],
    ["He is dubbed by people who sound nothing like him.", "music"],
    ["One or two of the actors sound vaguely familiar.", "music"],
    ["Lines about his character sound absolutely ridiculous.", "music"],
    // The effects something has on people are no film's effects (rt-reviews, imdb-reviews).
    [
      "It focuses less on the illness than on the emotional effects it has on all involved.",
      "effects",
    ],
    ["A trilogy about gratuitous acts of violence and their devastating effects.", "effects"],
    ["She is left hanging at the end of the rope with no ill effects.", "effects"],
    ["It allows for a wide range of emotions and effects.", "effects"],
    // A band's lead singer, a lead followed, a life led are no leading roles (the seed,
    // rt-reviews, imdb-reviews, 2026-12-04).
    ["A rock star who's the lead singer of the all female-rock band Something She.", "acting"],
    ["Take Jack's lead and give this one a miss.", "acting"],
    ["She becomes addicted to tranquilizers and leads a miserable existence.", "acting"],
    ["A restless woman who leads a life of aimless luxury with her boring husband.", "acting"],
    // A DVD's commentary and a life crafted are no direction (rt-reviews, imdb-reviews).
    ["The DVD includes an amazing director's commentary.", "direction"],
    [
      "It honours their adaptive capacity to craft a life out of the materials available.",
      "direction",
    ],
    // Someone dragged to the film, or along, is no film that drags (imdb-reviews, rt-reviews).
    [
      "I was dragged to this movie about four years ago by a French actress friend of mine.",
      "pacing",
    ],
    ["Never mind the parents who are seemingly dragged along.", "pacing"],
    ["It's a tale of teens dragged to their demise by the allure of temptation.", "pacing"],
    // … nor someone a character drags off (imdb-reviews, 2026-12-06).
    ['Then he starts dragging Alan off to "hang out," "eat Chinese," buy records.', "pacing"],
    // A participle names what was made only after an adverb of how well (imdb-reviews,
    // 2026-12-08): a place in the story lit, a body developed, are none.
    ["I wouldn't want to meet them on a well-lit street, much less a dark one.", "visuals"],
    ["The room is lit by a single candle.", "visuals"],
    ["The midget pretends to be a baby with a fully developed adult face.", "writing"],
    // … nor is chewing the scenery, or a change of it, the look (rt-reviews, 2026-12-08).
    ["Bolstered by a scenery-chewing performance by Kenneth Branagh.", "visuals"],
    ["Val Kilmer's scenery chewing provides some modest amusement.", "visuals"],
    ["Look at me, chewing all the scenery!", "visuals"],
    ["All she needs is a change of scenery.", "visuals"],
    // Costumes worn in the story, gore as what a film shows, and Al Gore are none of its craft
    // (imdb-reviews, rt-reviews, 2026-12-08).
    ["They fall for each other in bathing costumes.", "visuals"],
    ["His plan is for everyone to dress up in costumes that represent their fears.", "visuals"],
    ["A gore-heavy and moronic science-fiction thriller.", "effects"],
    ["Al Gore shook us up with his cleverly presented documentary.", "effects"],
    // A slow decline or a slow and steady unravelling is the story's, not the pace (rt-reviews,
    // 2026-12-08).
    [
      "The slow and steady unravelling of all lives involved is tough to process, but truly portrayed.",
      "pacing",
    ],
    ["What keeps us alert is not the slow disintegration of this man's faith.", "pacing"],
    // Computer animation as a medium, a score's musical accents or an accent of something, a
    // location in the story, shooting on location: none of the film's look or acting judged
    // (imdb-reviews, rt-reviews, 2026-12-08).
    ["Why must movies mix computer animation with traditional?", "visuals"],
    ["A lone accordion adds just the right musical accents to the setting.", "acting"],
    ["An abstract meditation on marriage with a few accents of humor.", "acting"],
    [
      "So they travel out of town to a remote location and take advantage of the hospitality.",
      "visuals",
    ],
    ["It was filmed on location in Iceland.", "visuals"],
    // Dialogue no one can hear is the sound's fault, not the writing's (imdb-reviews, 2026-12-08);
    // a kind of show with a script is no judgement of one.
    ["The inaudible dialogue was annoying.", "writing"],
    ["Devil's Due unfolds more like a scripted reality series than a horrifying tale.", "writing"],
    // … nor what drags something down: a lowering, at no pace (A Million Ways to Die in the
    // West's page had quoted this as a pacing complaint, rt-reviews, 2026-12-08).
    ["Overly crude jokes and gross-out humor drag comedy down.", "pacing"],
    ["The script's utter lack of originality drags things down quite a bit.", "pacing"],
    // … and the kind of film it is compared with, named (rt-reviews, 2026-12-04).
    [
      "It is way more innovative than the formulaic romantic comedies that trek through the multiplex.",
      "writing",
    ],
    ["It is fresher than the formulaic comedies Hollywood churns out.", "writing"],
    ["It is less baroque than the director's previous films.", "direction"],
    // A detective's, a soldier's or an asylum's technique is no film's (imdb-reviews, rt-reviews).
    ["A stoner Philip Marlowe applying free-association investigative technique.", "direction"],
    ["The Army perfected his fighting technique.", "direction"],
    ["A journalist writes about a new technique they use with their patients.", "direction"],
    // What would take too long to tell is the critic's telling; what the film portrays is its
    // subject (imdb-reviews, 2026-12-04).
    ["There are many more mistakes, but it would take too long to tell them all.", "pacing"],
    ["The list of in-jokes would be too long to go into.", "pacing"],
    ["Its strength is that it vividly portrays the war wounds of these vets.", "acting"],
    ["It only cared about portraying the military in a bad light.", "acting"],
    // A performance "in this melodrama" names the film, not its writing (rt-reviews, the
    // twenty-first session's pages: a 1971 Jack Lemmon film's had quoted the first as writing praise).
    [
      "Walter Matthau gives a compelling, Oscar-nominated performance as a grumpy old man in this melodrama.",
      "writing",
    ],
    ["Meg Ryan gives a solid performance in this flawed melodrama about alcoholics.", "writing"],
    // Bloated stunts, a bloated score or a bloated head are no film's length (rt-reviews,
    // imdb-reviews; the twenty-first session).
    [
      "The movie is assembled out of stunts so overproduced and bloated that they leave us staring on in disbelief.",
      "pacing",
    ],
    ["Bad hair, an over bloated music score.", "pacing"],
    ["The tiny helmet that Savalas wears on his big, bloated head.", "pacing"],
    // A player who does, can or gets to look good is a person's looks, not the film's
    // (imdb-reviews, the twenty-first session).
    ["In this movie she does look beautiful.", "visuals"],
    ["She does look great in a man's Army shirt.", "visuals"],
    ["The most she gets to do is look pretty and be all for 'Girl Power'.", "visuals"],
    [
      "We then have a supposed rocker uncle that is just there to look pretty for the moms.",
      "visuals",
    ],
    [
      "Fay Wray plays his assistant in a role which requires her to do little more than look lovely and alarmed.",
      "visuals",
    ],
    // A comic, slapstick or dance set piece is a scene, not effects; the music stage, world or
    // business is where a film's people work, not its music (the twenty-first session's pages:
    // "a sprightly kid pleaser full of slapstick set-pieces" had been effects praise).
    [
      "The laughs come thick and fast in a sprightly kid pleaser full of slapstick set-pieces and memorable characters.",
      "effects",
    ],
    ["A couple of comic set pieces are inspired.", "effects"],
    ["Step Up movies are known for their eye-catching dance set-pieces.", "effects"],
    // … nor is any set piece but an action one: a scene (the hand labels count none as effects;
    // "This film contains one of Hitchcock's most famous set pieces" had been effects praise).
    ["This film contains one of Hitchcock's most famous set pieces.", "effects"],
    ["Imaginative set pieces and a quick pace make this a wonderful debut.", "effects"],
    [
      "He never falls into the vanity trap that many artists find when transferring their talents from the music stage to the screen.",
      "music",
    ],
    ["Its blend of breezy music biz satire and quirky characters is rather endearing.", "music"],
    // What a film sets out, tries or fails to portray is its subject too (rt-reviews'
    // While We Have a Pope and The Imitation Game, imdb-reviews; the twenty-first session).
    [
      "While We Have a Pope contains an interesting idea for a film, it ultimately fails to portray the struggle Cardinal Melville is going through.",
      "acting",
    ],
    ["It just wants to portray the Turing that beat Enigma.", "acting"],
    ["The movie tried to portray some kind of moral, but fell flat with its message.", "acting"],
    ["All viewers can learn something from the message this film seeks to portray.", "acting"],
    // What others say is theirs, not the critic's (imdb-reviews, 2026-12-04).
    ["Some people complain about the length of the film as it is.", "pacing"],
    ["A lot of people say that the music is forgettable.", "music"],
    ["Some reviewers have said the acting is poor.", "acting"],
    ["Some nay-sayers say Belushi ran out of steam with this third movie.", "pacing"],
    // Laughing at the film, or at how bad it is, is derision, not its humour (rt-reviews,
    // Country Strong's page, imdb-reviews, 2026-12-04).
    ["We are drawn in rather than left on the outside laughing at it.", "humor"],
    ["I only watched it to laugh at how bad it was.", "humor"],
    ["Most of this entertainment is from laughing at the film.", "humor"],
    ["This is just another in our long catalogue of international debasement.", "pacing"],
    // What someone contrived to do, they managed to do (rt-reviews, 2026-12-05).
    [
      "Stallone has somehow contrived to make each of his movies into a more magnificent spectacle than the last.",
      "writing",
    ],
    // What is slow and no film's pace (rt-reviews, imdb-reviews, 2026-12-05).
    [
      "At the risk of sounding slow-witted, I must complain that Vertigo was too difficult for me.",
      "pacing",
    ],
    ["The immensely slow-building tension of the piece grows irresistibly suffocating.", "pacing"],
    ["The story of Woods' slow awakening is certainly not the most exciting.", "pacing"],
    ["Dark Age dancing in Denmark looks like slow dances I went to in the 8th grade.", "pacing"],
    ["The cameraman follows the two stooges with a slow pan right.", "pacing"],
    // A slow night to watch it on (imdb-reviews, 2026-12-07).
    ["JUST CAUSE is worth a look on a slow night.", "pacing"],
    ["Worth watching if it pops up on TV on a slow Saturday night.", "pacing"],
    // A gesture, a film's hold on its viewer, and design (Carol's page, rt-reviews, 2026-12-05).
    [
      "Her slow, sultry hand moving across her lover's shoulder is a vibrant action that speaks impeccable volumes.",
      "pacing",
    ],
    ["But as it slowly seeps in, it transcends.", "pacing"],
    ["This is the kind of film that slowly gets under your skin.", "pacing"],
    [
      "All of these things add up to create a film where nothing happens by accident and everything enriches the storytelling.",
      "pacing",
    ],
    ["The list is far too long to relate.", "pacing"],
    ["Then he drag races with the hot chick's boyfriend.", "pacing"],
    // What we get from a cast is no one's direction.
    ["It tells a great story and you get great performances from the entire cast.", "direction"],
    // An actress's looks (October Sky's page, imdb-reviews, 2026-12-04).
    ["The same goes for Laura Dern & also she looks beautiful.", "visuals"],
    // … or anyone else's (The Grey Zone's page, rt-reviews, 2026-12-04, fourteenth session).
    ["The film's clumsiness makes even decent actors look bad.", "visuals"],
    // (The costumes that make them so are the look since 2026-12-08; haircuts are not.)
    [
      "Their haircuts make everyone look ridiculous, and the make-up makes them look cheap.",
      "visuals",
    ],
    // Found footage is a genre, not the photography (Devil's Due's page, 2026-12-04).
    ["A better-than-average found-footage thriller...", "visuals"],
    // A genre named: the film, not its humour (labelled so in both halves).
    [
      "Few movies live up to their title, but this romantic comedy is indeed just about as good as it gets.",
      "humor",
    ],
    ["It doesn't cast as enchanting a spell as the first movie.", "acting"],
    // (rt-reviews, 2026-12-06: "casting a gentle side-eye at capitalism" had praised the cast.)
    ["It's an oddly satirical piece, casting a gentle side-eye at capitalism.", "acting"],
    ["It casts a skeptical look at the suburbs.", "acting"],
    ["Casting a light on the war, the film is superb.", "acting"],
    ["An intense psychological thriller, slow-boiling and unsettling.", "pacing"],
    // A cast album, an idiom, a "long" that means "for a long time".
    ["He forced her to listen to original Broadway cast albums.", "acting"],
    ["It is immediately apparent that Love, Simon is long overdue.", "pacing"],
    ["While rarely dull, Whiskey Tango Foxtrot is forever changing direction.", "direction"],
    ["Breaking a restraining order is really no joke.", "humor"],
    [
      "The charm derives from the casting, long one of Allen's superpowers as a director.",
      "pacing",
    ],
    // Found on film pages: technology at the cutting edge, colourful people, a person long out
    // of school, a breezy tone, and what is done on purpose, are no editing, look or pacing.
    ["This is an old-fashioned movie told with cutting-edge technology.", "editing"],
    ["It has a good premise and a colorful supporting cast.", "visuals"],
    ["Even a person long out of high school like myself found it amusing.", "pacing"],
    ["A breezy comedy that celebrates the way we all need the right place.", "pacing"],
    ["For all its deliberate provocations, it is a mournful search.", "pacing"],
    ["Kids will not buy a film that deliberately ignores a basic fact.", "pacing"],
    ["The possibilities of a well executed long con.", "pacing"],
    ["The only one of Scott's lengthy and impressive canon to have done so.", "pacing"],
    ["Scott's film may keep us at arm's length, but it holds us, too.", "pacing"],
    ["A yawner plot set-up that leads to lots of wannabe off-colour gags.", "visuals"],
    ["A fine swan song for an actor who could do more with a look.", "music"],
    ["Coating his sound stage sets in layers of cherry blossoms.", "music"],
    ["It feels as if the script were dragged out from someone's naughty-book stash.", "pacing"],
    ["Even Hitchcock might have had trouble lighting a match under these two actors.", "visuals"],
    ["The bad boy and the ugly lives they lead.", "acting"],
    ["Recalling Raising Arizona's colorful vernacular.", "visuals"],
    ["It's just as bogus and hollow as the movie business it portrays.", "acting"],
    ["Carter films it like a music video.", "music"],
    ["Dragging your boyfriend to this movie will give him leverage.", "pacing"],
    ["The ravages of colonialism cast a dark pall over the stunning landscape.", "acting"],
    ["More proof why good casting directors are worth their weight in gold.", "direction"],
    ["Her palette would be a perfectly sound reason to see this film.", "music"],
    ["There is just about enough here to drag it over the line.", "pacing"],
    ["The chemistry within the cast has survived the long separation.", "pacing"],
    ["Jaws is looking a bit long in the tooth these days.", "pacing"],
    ["It was worth the decade-long wait.", "pacing"],
    ["What sets this romantic comedy apart is its low-key way.", "visuals"],
    ["It centers Black people and people of color in prominent roles.", "visuals"],
    ["Too bad she's too busy acting out the hysterical and nonsensical sorrows.", "acting"],
    ["A story predictable enough to make The Sound of Music play like a thriller.", "music"],
    ["Movies labeled feel-good often sound as inviting as a speech.", "music"],
    // Found on film pages (2026-12-01, ranks 183–190): careers are no length, photo software
    // no editing, a credit joined to a name no judgement of directing.
    ["A showcase for two actors who deserve long careers ahead of them.", "pacing"],
    ["It feels like it has been processed by some photo editing software.", "editing"],
    ["This John Singleton-directed sequel lacks the freshness of the original.", "direction"],
    ["Directed by her husband Taylor Hackford, it is a soapy puddle.", "direction"],
    // Ranks 191–198: business is no pace, a franchise no length, colour-blind casting no
    // colour, a film framed as something is presented so.
    ["A film that could have done brisk business five years ago.", "pacing"],
    ["Obviously setting up for a long franchise, it looks like a pilot.", "pacing"],
    ["Helped by a refreshingly 'colour-blind' take on adolescent love.", "visuals"],
    ["The film is framed so deliberately as a prelude to its sequels.", "visuals"],
    // Ranks 199–206: noise is rarely the soundtrack, and a film that crashes and burns fails.
    [
      "A stunning technical accomplishment that virtually bursts with noise, ideas and references.",
      "music",
    ],
    ["A phoenix may rise from the ashes, but the movie just crashes and burns.", "effects"],
    ["Too much time and energy is directed toward that go-nowhere story.", "direction"],
    // Ranks 215–222: a sound bite, a drag queen and gagging on dialogue.
    ["This is a sound bite satire for a war fought through them.", "music"],
    ["Or, as much as a catty drag queen can.", "pacing"],
    ["You just might gag on the clunky dialogue.", "humor"],
    // Ranks 223–230: a SAG card is no sagging, what dinosaurs "acted like" no acting.
    ["Li barely has enough lines to qualify for a SAG card.", "pacing"],
    ["It shows us what dinosaurs might have looked and acted like.", "acting"],
    // Ranks 231–238: a director's cut is a version, a sound premise no sound.
    ["The director's cut is far superior because it lacks the annoying voiceover.", "direction"],
    ["The premise is sound but the script is rather clunky.", "music"],
    // Ranks 239–246: what leads one to expect, or leads them anyway, is no lead.
    [
      "It is neither as funny nor as inventive as the daring title might lead one to expect.",
      "acting",
    ],
    ["Those who knew what he'd done asked him to lead them anyway.", "acting"],
    // Ranks 247–254: good-looking people are no look of the film.
    [
      "It's a movie with a lot of very good-looking people trying to find something to say.",
      "visuals",
    ],
    // Ranks 255–262: to color something, to long for something.
    ["His influence continues to color the landscape.", "visuals"],
    ["Watch it and you'll long for a much-needed European vacation.", "pacing"],
    // Ranks 263–270: what plays a key role, and what leads people somewhere.
    ["It is an exercise in which nostalgia plays a key role.", "acting"],
    ["It gives horror movies a bad name and leads people to lump them all together.", "acting"],
    // Ranks 271–278: mugging for the camera, every five minutes, sound history.
    ["Gooding would rather mug for the camera than actually act.", "visuals"],
    ["Every five minutes or so, someone gets clocked.", "pacing"],
    ["Some may consider it sound history, others may label it heresy.", "music"],
    ["Not confident enough to stay away from fart jokes for very long.", "pacing"],
    // Ranks 287–294: what "it plays", a time not long in arriving.
    ["Smart and funny, but it plays a little cold.", "acting"],
    ["A lazy knock-off film that plays a lot of familiar notes.", "acting"],
    // A game or a trick someone plays is no acting.
    [
      "Haneke plays a sadistic one-sided game of cat and mouse that fails to hit its mark.",
      "acting",
    ],
    ["Friedkin plays a trick that might be mean if it wasn't so fascinating.", "acting"],
    ["Some day, and the time won't be long in arriving, Welles will be the greatest.", "pacing"],
    // Ranks 295–302: "funny that" at a sentence's start is odd, not comic; actors who look
    // great together; a long and varied career.
    ["Funny that the film closes with an overbearing end-credits song.", "humor"],
    // "which is funny because …", "it's funny how …": odd, not comic.
    ["I hated it, which is funny because after the opening I felt sure I would love it.", "humor"],
    [
      "Connery and Zeta-Jones not only look great together, they work well together, too.",
      "visuals",
    ],
    ["Hereafter is an intriguing entry in a long and varied career.", "pacing"],
    // Ranks 303–310: "in far too long" is a while; a box-office performance no acting.
    ["It's more entertaining than anything Coppola senior has done in far too long.", "pacing"],
    [
      "Justifying Vertigo's poor initial performance, it is a film that requires distance.",
      "acting",
    ],
    // Ranks 311–318: a film like its title character, an explosion of something.
    ["Like its title character, the movie doesn't strive for depth.", "writing"],
    ["A gratuitous explosion of vainglory and guts, the movie is all firecrackers.", "effects"],
    // Ranks 319–326: strength of character is a person's.
    ["He brings just the right blend of affability and gruff strength of character.", "writing"],
    ["A triumph of art direction and wardrobe.", "direction"],
    ["But instead it lacks force in either direction.", "direction"],
    ["A second chance for Malick to cast away the chemical stained print.", "acting"],
    ["It sets some of the record straight without sainting Collins.", "visuals"],
    ["The actors make the clichéd script sound natural.", "music"],
    ["A smart, smooth technological thriller.", "effects"],
    ["The sun sets on this Empire without convincing us.", "visuals"],
    ["Terrific performances from Ben Stiller and his two sets of parents.", "visuals"],
    ["See it or, years from now, you may suffer side effects from missing it.", "effects"],
    [
      "It may not be the masterpiece its writer-director-star Vincent Gallo has claimed.",
      "writing",
    ],
    [
      "Less entertainment for us than psychotherapy for writer-director-star Cory McAbee.",
      "direction",
    ],
    ["About as funny as watching a cute animal die a long slow death.", "pacing"],
    ["It directs attention not to the internal reasons for the country's problems.", "direction"],
    ["This John Ford love song to the mythic Ireland is one of the master's greatest.", "music"],
    ["The film makers have cast their own illusion of smoke and mirrors.", "acting"],
    ["It's all very deep, but in a tricked-up, art-directed sort of way.", "direction"],
    ["Its humor tires not too long after the opening credits have finished rolling.", "pacing"],
    ["Voiced by some of the best actors in the animation business.", "visuals"],
    // Animation as a medium, a studio or a country's art (rt-reviews and imdb-reviews imports,
    // 2026-12-06: of 50 look judgements read whose clause says "animation", 15–17 were the medium).
    [
      "Bolt marks Disney's long awaited re-emergence as a top-dog in the world of animation.",
      "visuals",
    ],
    ["A classic children's film from the master of Japanese animation.", "visuals"],
    ["It comes from the same calculation as most American animation does right now.", "visuals"],
    ["Fans of American animation and lowbrow humor are in for a real treat.", "visuals"],
    ["If you're an animation buff, seek this out right away.", "visuals"],
    ["The final scene is one of the saddest I've ever seen in animation.", "visuals"],
    ["This well-meaning but comically limp offering from DreamWorks Animation bores.", "visuals"],
    ["Pixar Animation spends an entire year on the scripts alone.", "visuals"],
    ["It is refreshing for this pop-culture-obsessed animation era.", "visuals"],
    ["Director of photography Benoit Delhomme shot the movie in delicious colors.", "direction"],
    // Read on film pages of an rt-reviews + MovieLens import (2026-12-03): credits made of
    // other jobs, a credit after its name, a film that plays a tune, comic books' four
    // colours, what a disease's effects are, animation as a medium.
    [
      "Heck, actor-producer Smith has made no secret of his desire to make movies that entertain in that big-studio way.",
      "acting",
    ],
    [
      "I'm beginning to suspect that writer-producer-actor Seth Rogen is up to foul play.",
      "acting",
    ],
    [
      "Writer/producer/director/star Jennifer Westfeldt is juggling so much, it's a wonder there aren't more jokes.",
      "direction",
    ],
    [
      "Nelson Mandela in a Clint Eastwood directed historical sports flick that doesn't live up to the true story.",
      "direction",
    ],
    ["Filmmaker Joe Wright's The Soloist plays a stale tune of cliched melancholy.", "acting"],
    [
      "The superpowered quartet is little more than a bland collection of four-color caricatures.",
      "visuals",
    ],
    [
      "The script takes a sensitive look at this disease and its effects, not only on the person afflicted.",
      "effects",
    ],
    ["By far the best of the CGI-animated films in the Disney canon.", "effects"],
    // A comedic role, actor or turn is the cast's, not the humour (the same imports; the
    // labels call "Morgan Freeman in a semi-comedic turn" acting).
    ["The film offered Jolie her first opportunity to star in a comedic role.", "humor"],
    ["There's no doubt that James is a fine comedic actor.", "humor"],
    ["Supported by Morgan Freeman in a semi-comedic turn, it's a rare entertainment.", "humor"],
    // Music's people and a sound idea (the same imports).
    ["It is filled with the kind of stories that make music nerds weak in the knees.", "music"],
    [
      "Why hold the narrative back in the throes of convention? It is not a sound impulse.",
      "music",
    ],
    // Other films' effects (rt-reviews and imdb-reviews imports, 2026-12-06).
    ["It still stands out from today's CGI-heavy crowd.", "effects"],
    ["But after sitting through years of CGI spectacles, it is refreshing.", "effects"],
    ["It goes where far too many CGI animations have gone before.", "effects"],
    ["It looks better than effects-driven movies of the same period.", "effects"],
    ["It presages the special effects blockbusters that would take 40 years to arrive.", "effects"],
    ["Tepid small-town quirks and colorless 'colorful' characters dot this misfire.", "visuals"],
    // What leads somewhere leads no cast (read on a film page: "none of this leads anywhere"
    // had been its acting's complaint).
    ["The frustration here is that none of this leads anywhere.", "acting"],
    ["We all lead lives of quiet desperation.", "acting"],
    ["Odd scenes that you think might lead somewhere.", "acting"],
    // Sound effects are the sound, visual gags the humour, musical set pieces the music (read
    // on film pages: Chicken Run's effects, You, Me and Dupree's look).
    ["The jokes and Britishisms and sound effects work all by themselves.", "effects"],
    ["It relies on tired physical comedy and easy visual jokes.", "visuals"],
    ["There are plenty of great visual gags.", "visuals"],
    ["Punctuated with musical set pieces that are among the best ever created.", "effects"],
    // A comparison is no one judged in a role; a crafted story is the writing's (read on film
    // pages: No Country for Old Men's acting, Eat Pray Love's direction).
    ["No Country for Old Men is as good a film as the Coen brothers have made.", "acting"],
    ["The film is as good as Forrest Gump.", "acting"],
    ["A beautifully crafted story about a time and place rarely captured on film.", "direction"],
    ["A classy one bolstered by an excellent cast and well crafted script.", "direction"],
    // A character played or portrayed is a performance (read on Monster's page: "thoroughly
    // convincing portrayal of an unsavory character" had been the writing's praise).
    ["A thoroughly convincing portrayal of an unsavory character.", "writing"],
    ["She plays the character with complete confidence.", "writing"],
    ["Bale projects the awakening soul of the character he portrays.", "writing"],
    // What the book the film comes from is, is the book's (read on Eat Pray Love's page).
    ["Elizabeth Gilbert's phenomenally popular memoir was funny, insightful and wise.", "humor"],
    ["The book was also excellently written by Truman Capote.", "writing"],
    ["But the book portrays the suffering much more thoroughly than the actors can.", "acting"],
    // A score given, voted or compared is a rating; one settled, a debt (imdb-reviews' train
    // half, read on the imported films' pages).
    ["I'm sure every guy who saw this gave it a poor score.", "music"],
    ["Over 10% of voters gave this a maximum score.", "music"],
    ["I normally have a very hard time giving movies a score from 1 to 10.", "music"],
    ["I don't know why I have even given it the score I have.", "music"],
    ["I wish there was a score lower than 1, I really do.", "music"],
    ["Since there is nothing here for a negative score, it gets a one.", "music"],
    ["It gives him a chance to settle the score with the man of steel.", "music"],
    ["He is on a suicidal quest to even a score with his former boss.", "music"],
    ['IMDB does us a disservice when it uses its goofy "weighted score".', "music"],
    ["Its metacritic score is undeserved.", "music"],
  ])("%s — not %s", (sentence, aspect) => {
    expect(read(sentence).has(aspect)).toBe(false);
  });

  test.each<[string, AspectName, "positive" | "negative" | "neutral"]>([
    ["It all looks amazing.", "visuals", "positive"],
    // … but a score written, or one past a comma or a preposition's "given", is music.
    [
      "Given the two stars, the terrific score by Max Steiner, it somehow works.",
      "music",
      "positive",
    ],
    ["It is watchable given its haunting score.", "music", "positive"],
    [
      "The guy who gave us the Lawrence of Arabia score disappoints: a flat score.",
      "music",
      "negative",
    ],
    ["The acting is fine, and even the score is lovely.", "music", "positive"],
    ["The weighty score by Hans Zimmer is a delight.", "music", "positive"],
    ["The characters are vivid and utterly endearing.", "writing", "positive"],
    ["Susan Sarandon is terrific as the Evil Queen.", "acting", "positive"],
    // A player, not the film, who manages or fails to portray someone.
    ["She manages to portray a grieving mother with great subtlety.", "acting", "positive"],
    ["He fails to portray the character convincingly.", "acting", "negative"],
    // A film that is lengthy runs long (rt-reviews: Paper Towns had been pacing praise).
    ["Overall, Paper Towns is a good and solid, if somewhat lengthy, film.", "pacing", "negative"],
    ["Unnecessarily lengthy and repetitious, but it has a certain charm.", "pacing", "negative"],
    ["This production is a lengthy watch.", "pacing", "negative"],
    ["The sound effects are terrific.", "music", "positive"],
    // Overblown, overdone, overstuffed, underdeveloped … complain (Mystery Men's page: "the
    // effects are overblown and … wonderful production design" had praised the effects).
    ["The effects are overblown and the sets are a bit much.", "effects", "negative"],
    ["An overstuffed plot can't deter from the size of this film's heart.", "writing", "negative"],
    ["Interesting characters go underdeveloped.", "writing", "negative"],
    ["The music is overdone and very loud.", "music", "negative"],
    ["The special and sound effects were awesome.", "effects", "positive"],
    ["The visual effects are great.", "effects", "positive"],
    ["The action set pieces are spectacular.", "effects", "positive"],
    ["It does look great.", "visuals", "positive"],
    ["It continues to look great all the way through.", "visuals", "positive"],
    ["The melodrama is overwrought and the dialogue stilted.", "writing", "negative"],
    ["When the Graboids are on the screen they do look good.", "visuals", "positive"],
    ["There are plenty of great visual gags.", "humor", "positive"],
    ["A well-crafted thriller with a screenplay to match.", "direction", "positive"],
    // … but a clause whose subject is the film's, or that says how the book was filmed, is the film's.
    ["Harron's adaptation of Ellis's novel is brilliant.", "writing", "positive"],
    [
      "But since the book was 190 pages and the film was 2 hours it felt really crammed in with too many effects and bad acting.",
      "effects",
      "negative",
    ],
    [
      "Martin Amis's acerbic first novel is unpersuasively filmed as a trendy teen comedy.",
      "visuals",
      "negative",
    ],
    ["It never once outstays its welcome.", "pacing", "positive"],
    ["Reader, I laughed and laughed.", "humor", "positive"],
    // Read on film pages (2026-12-03): a pace that halts, what nobody should have thought
    // funny, a film mounted lavishly; effects on display and a CGI-animated effort still are.
    [
      "It is a patchy film, haltingly paced, but the visual invention is astonishing.",
      "pacing",
      "negative",
    ],
    ["You wonder who thought any of this was funny.", "humor", "negative"],
    [
      "The film is lavishly mounted, set-wise, costume-wise, makeup-wise and special-effects-wise.",
      "effects",
      "positive",
    ],
    ["The effects on display are dazzling.", "effects", "positive"],
    [
      "It's an off-the-rack CGI-animated effort that wastes a tired concept.",
      "effects",
      "negative",
    ],
    ["Welles himself is awe-inspiring as the corrupt Quinlan.", "acting", "positive"],
    ["Character designs were great and funny.", "visuals", "positive"],
    // Contrived as a verb: devised (the dev half).
    [
      "Wright's direction is wonderfully playful, and the script he and Pegg have contrived is full of surprises.",
      "writing",
      "positive",
    ],
    // A great deal of something is much of it, no praise (the dev half).
    [
      "One where we spend a great deal of time with the characters without ever getting to know them.",
      "writing",
      "neutral",
    ],
    // "Artificial" faults what it modifies (70% of rt-reviews' snippets with it are rotten).
    [
      "She had one of the most artificial performances I have ever seen for a leading character in any movie.",
      "acting",
      "negative",
    ],
    // Words that praise what they modify (82–87% of rt-reviews' snippets with them are fresh).
    [
      "Malle also draws finely calibrated performances from Rupert Graves as the puppyish, yet increasingly strong Martyn, and from Ian Bannen as Ingrid's hearty, rich and powerful aristocrat father.",
      "acting",
      "positive",
    ],
    [
      "It's a case of three exceptional actresses -- Annette Bening, Naomi Watts and Kerry Washington -- constituting an ensemble of obviousness.",
      "acting",
      "positive",
    ],
    [
      "It's Ronan, as well as Margot Robbie in an arresting turn as a wretched but wily Elizabeth, who keeps us watching even as the twists become maddeningly complicated.",
      "acting",
      "positive",
    ],
    // … and what a film is stripped of, it lacks ("snappy" had made this praise).
    [
      "It was a fine film, then stripped of its snappy dialogue, innovative shot design and compelling characters.",
      "writing",
      "negative",
    ],
    // … and what it is deficient in (rt-reviews, 2026-12-06).
    ["The film is deficient in witty dialogue.", "writing", "negative"],
    [
      "A bland screenplay that's deficient in character development, imagination and emotional resonance.",
      "writing",
      "negative",
    ],
    // Performances got out of a cast are the director's work (the labels' dev half, 2026-12-04).
    [
      "Granik gets a strong performance out of Farmiga, as she does from nearly the whole cast.",
      "direction",
      "positive",
    ],
    ["Stockwell can't get a decent performance out of any of them.", "direction", "negative"],
    [
      "Malle also draws finely calibrated performances from Rupert Graves.",
      "direction",
      "positive",
    ],
    // Cinematic gifts and flair are the direction's (the labels' dev half, 2026-12-04).
    [
      "McCarthy's ferocious tale gives the Coens room to unleash their cinematic gifts.",
      "direction",
      "positive",
    ],
    [
      "A film that simply doesn't have enough cinematic flair to make it a better than average thriller.",
      "direction",
      "negative",
    ],
    // Physical comedy, zaniness, a flair for farce are the humour (the labels' dev half, 2026-12-04).
    [
      "A collection of some of the best physical comedy since Moe first smacked Curly.",
      "humor",
      "positive",
    ],
    ["Agreeably zany.", "humor", "positive"],
    ["Zwart has a real flair for farce.", "humor", "positive"],
    [
      "Identity Thief is one of those failed attempts to capture comedy magic.",
      "humor",
      "negative",
    ],
    ["Davis proves that she has no talent for comedy.", "humor", "negative"],
    // Tunes, musical interludes and an auditory experience are the music (the labels' dev half).
    [
      "An enjoyable teen comedy with likeable characters and some great tunes.",
      "music",
      "positive",
    ],
    ["Lots of grub jokes and catchy musical interludes.", "music", "positive"],
    ["It is such an overwhelming visual and auditory experience.", "music", "positive"],
    // A film beautiful to watch, and sensational sights, are its look (the labels' dev half).
    ["It is beautiful to watch until it jumps off the rails.", "visuals", "positive"],
    ["A big, clunky movie containing some sensational sights.", "visuals", "positive"],
    // … but what the film is likened to after it is named, or the film's own, is the film's.
    ["Like an exploding haggis, funny but extremely messy.", "humor", "positive"],
    ["Like the gags, many of the cameos don't pack a whole lot of punch.", "humor", "negative"],
    ["Like a ride, this film's pacing is relentless and thrilling.", "pacing", "positive"],
    // … but this film's filmmakers, named or not, and its filmmaking are its direction.
    [
      "It grows in power, especially when directors Joel and Ethan Coen start eliding some of the murders.",
      "direction",
      "positive",
    ],
    ["When the filmmakers lose their nerve, the film falls apart.", "direction", "negative"],
    ["It is fascinating, lyrical filmmaking.", "direction", "positive"],
    // … but another story told is a story.
    ["Each chapter tells another story, and every one of them is gripping.", "writing", "positive"],
    // What saves the film is praised (Identity Thief's page, rt-reviews, 2026-12-04) …
    [
      "The natural charisma of the two leads is about the only thing that saves Identity Thief; it's a very generic, very lazy Hollywood comedy.",
      "acting",
      "positive",
    ],
    ["The acting is the one thing that redeems this mess.", "acting", "positive"],
    ["Their performance saved the movie from oblivion.", "acting", "positive"],
    // … not what could have saved it, nor what saves it named after it.
    [
      "The editor of the movie could have saved the movie by removing a scene.",
      "editing",
      "negative",
    ],
    [
      "Despite the sometimes childish sight gags, what salvages the movie is a refreshingly adult attitude toward the messy matter of sexuality.",
      "humor",
      "negative",
    ],
    // … not what is the film's own after a comparison, nor "many a", "to many", "other than".
    ["I admit I fell victim to many a belly laugh watching it.", "humor", "positive"],
    [
      "Nothing spectacular other than lots of beautiful cinematography of a beautiful Yukon landscape.",
      "visuals",
      "positive",
    ],
    [
      "It's more articulate than most and harks back visually to the seriousness of The Breakfast Club.",
      "visuals",
      "positive",
    ],
    // A zippy film is quick, and one too rushed to dwell on anything (the labels' dev half).
    [
      "The Incredibles is a zippy, visually powerful riff on what happens when a hero feels like a zero.",
      "pacing",
      "positive",
    ],
    ["It's harmless, zippy, candy-colored fun.", "pacing", "positive"],
    [
      "Aimed squarely at the very young, this cute animation still feels far too rushed to spend any significant time on.",
      "pacing",
      "negative",
    ],
    // "As well as", "might as well": no praise (High Heels' page, 2026-12-04) …
    [
      "Mr. Almodovar, who wrote as well as directed, does not quite bring the events together.",
      "direction",
      "negative",
    ],
    [
      "He's so laidback that he might as well be watching this movie as acting in it.",
      "acting",
      "negative",
    ],
    [
      "Directed so squarely down the middle of the road that helmer Donald Petrie might as well be painting yellow lines.",
      "direction",
      "negative",
    ],
    // … but doing it as well as anyone could is.
    ["He directs as well as anyone working today.", "direction", "positive"],
    // … nor advice: what someone "would have done well to" do, they did not (Meet the Parents'
    // page had quoted "director Roach would have done well to tone it down" as praise).
    ["The writers would have done well to cut the subplot.", "writing", "negative"],
    // What was plotted, constructed or structured well or badly is the writing, what was lit
    // or designed the look, what was dubbed the sound (imdb-reviews, rt-reviews, 2026-12-08).
    ["An uneven and poorly plotted film.", "writing", "negative"],
    [
      "A mystery so cleverly constructed you find yourself wanting to see it again.",
      "writing",
      "positive",
    ],
    ["Dry and dawdling, haphazardly structured, and grindingly obvious.", "writing", "negative"],
    [
      "Almost astonishing in its thinly plotted, shamelessly derivative amateurishness.",
      "writing",
      "negative",
    ],
    [
      "It is so poorly lit and murky that you often can't tell what is happening.",
      "visuals",
      "negative",
    ],
    [
      "Enormously entertaining and one of the most beautifully designed films you'll see all year.",
      "visuals",
      "positive",
    ],
    [
      "The entire film was poorly dubbed and made watching mouths very irritating.",
      "music",
      "negative",
    ],
    // The scenery, and shots judged, are the look (rt-reviews, imdb-reviews, 2026-12-08).
    ["Beautiful scenery and a cute premise can't camouflage a stale plot.", "visuals", "positive"],
    [
      "The scenery was breathtaking, the plot had some nice twists and turns.",
      "visuals",
      "positive",
    ],
    [
      "It gets my thumbs up due to some beautiful, haunting shots of America.",
      "visuals",
      "positive",
    ],
    // Costumes and production values are the look, the dubbing the sound, gore scenes the
    // effects (imdb-reviews, rt-reviews, 2026-12-08).
    ["The costumes are gorgeous, though.", "visuals", "positive"],
    ["Even for a budget actioner, the production values are poor.", "visuals", "negative"],
    ["The dubbing was simply terrible.", "music", "negative"],
    ["The gore scenes are laughable.", "effects", "negative"],
    // What is not enough to make the film so, it is not (rt-reviews, 2026-12-08).
    [
      "A lesbian twist to an otherwise standard story just isn't enough to make it compelling.",
      "writing",
      "negative",
    ],
    // What deserves to be banned is not praised, nor is "a good twenty minutes" of anything
    // (imdb-reviews, 2026-12-08).
    [
      "Fardeen Khan was never an acceptable actor and deserves to be banned from the film industry.",
      "acting",
      "negative",
    ],
    [
      "There is at least a good twenty minutes of wasted film in which very little of anything happens.",
      "pacing",
      "negative",
    ],
    // The film's computer animation judged is its look (rt-reviews, 2026-12-08; the medium, as
    // something to get involved in or mix with, is still none).
    ["The computer animation is very impressive.", "visuals", "positive"],
    // The accents are the acting (imdb-reviews, 2026-12-08); an accent on something, or a
    // score's musical accents, are not.
    ["The accents are atrocious.", "acting", "negative"],
    ["The wigs and accents are terrible.", "acting", "negative"],
    // The locations the film was shot in are the look (imdb-reviews, rt-reviews, 2026-12-08);
    // a location in the story is not, nor is shooting on location.
    [
      "Lots of talent, clever script, lots going on and beautiful locations.",
      "visuals",
      "positive",
    ],
    // What is "scripted" well or badly is the writing (imdb-reviews, rt-reviews, 2026-12-08);
    // dialogue no one can hear, the sound.
    ["It's admittedly gross and poorly scripted, but amiable enough.", "writing", "negative"],
    ["Barnyard is a sharply scripted effort.", "writing", "positive"],
    ["The inaudible dialogue was annoying.", "music", "negative"],
    ["The players would do well not to mention it on their resumes.", "acting", "negative"],
    // What a film shows is its subject, not a judgement (imdb-reviews, 2026-12-04).
    [
      "The actors did a great job of portraying how things can just go bad and how people can make really bad choices.",
      "acting",
      "positive",
    ],
    ["He seems to try too hard to show what a great filmmaker he is.", "direction", "negative"],
    // Each item of a list that cannot save the film keeps its own words (Rock the Kasbah).
    [
      'An acclaimed film director, a legendary comic actor, lots of fun rock and pop songs, and a noble story at its core can\'t save "Rock the Kasbah" from being one hugely misguided dud.',
      "acting",
      "neutral",
    ],
    [
      "A superb cast, gorgeous photography and a fine score can't save this mess.",
      "visuals",
      "positive",
    ],
    // What a film is kept from being it is not; none of them gets to be funny (rt-reviews).
    [
      "Frank Perry's lackadaisical direction hobbles the story and keeps it from being as funny as it could be.",
      "humor",
      "negative",
    ],
    [
      "You just have a film with a lot of silly situations and none of them make it to being funny.",
      "humor",
      "negative",
    ],
    [
      "Campy performances by Jack Lemmon and Ernie Kovacs keep things from getting dull.",
      "pacing",
      "positive",
    ],
    // A total disaster is one (imdb-reviews): what saves a film from it is praised.
    [
      "Performances from Salman and Ajay save the movie from being a total disaster.",
      "acting",
      "positive",
    ],
    // What a film needs more of or better, it lacks (rt-reviews, 2026-12-04).
    ["Hoffman's performance needs tougher, more focused direction.", "direction", "negative"],
    ["An audacious idea in need of a more adventurous script.", "writing", "negative"],
    [
      "A movie like this really needs a more charming lead that can play the badness for laughs.",
      "acting",
      "negative",
    ],
    // Talent wasted, however many words on, is no judgement of it (Identity Thief's page).
    [
      "An obnoxious and repulsive comedy that consistently wastes the talents of its two charismatic stars.",
      "acting",
      "neutral",
    ],
    // Guided by a director named: the clause after says how well; by "a smart director", a wish.
    ["Under the direction of Ang Lee, the story drags.", "direction", "negative"],
    [
      "It seems to be paving the way for the day when, under the guidance of a smart director, McCarthy knocks one out of the park.",
      "direction",
      "negative",
    ],
    // … but characters written for them are the writing's.
    ["The actors are wasted on characters so thin they vanish.", "writing", "negative"],
    // What the critic credits is praised (American Hustle, rt-reviews), not what no credit goes to.
    ["Credit the script and the editing as well.", "editing", "positive"],
    ["Much of the credit goes to the script.", "writing", "positive"],
    ["No credit goes to the script.", "writing", "negative"],
    // … and what is written before a word that only begins like a reviewer's is the film's.
    ["A howlingly badly written post-apocalyptic flamefest.", "writing", "negative"],
    // A denied moment denies what it is of (Return of the Jedi's page, imdb-reviews, 2026-12-04) …
    ["There was not a moment of boredom because each scene was suspenseful.", "pacing", "positive"],
    ["There is not one moment that's fresh in the script.", "writing", "negative"],
    // … not the film it is a moment of.
    ["Not one second of this mess of a script made any sense.", "writing", "negative"],
    ["It felt like two long hours.", "pacing", "negative"],
    // What the film could have been, it is not (rt-reviews, imdb-reviews, 2026-12-04) …
    ["A story that could have been funny and even thoughtful.", "humor", "negative"],
    [
      "This could have been really funny because the concept is actually interesting.",
      "humor",
      "negative",
    ],
    ["It might have been funny in 1940.", "humor", "negative"],
    ["The movie should have been a masterpiece of mood and character.", "writing", "negative"],
    [
      "Bardem brings what could have been a dull character to technicolor life.",
      "writing",
      "positive",
    ],
    // … nor is it funny when it is bad enough to be, or not even that.
    ["It's not even bad enough to be funny.", "humor", "negative"],
    ["It is almost bad enough to be funny.", "humor", "negative"],
    // As bad as can be is bad.
    ["The acting couldn't have been worse.", "acting", "negative"],
    ["The script could not have been worse.", "writing", "negative"],
    // What it takes, not had, is denied (imdb-reviews, 2026-12-04); had, it is not.
    [
      "The director just didn't have what it takes to really deliver a good story.",
      "writing",
      "negative",
    ],
    ["He has what it takes to be a great director.", "direction", "positive"],
    // The attempt is not the achievement (rt-reviews, imdb-reviews, 2026-12-04) …
    ["The film tries too hard to be funny and tries too hard to be hip.", "humor", "negative"],
    ["And they're trying hard to make it funny.", "humor", "negative"],
    ["The leaden banter tries to be witty.", "humor", "negative"],
    // (rt-reviews, 2026-12-05) … nor is working hard at it.
    [
      "Ozon and his actresses work so hard at being funny that they seldom are.",
      "humor",
      "negative",
    ],
    ["The actors work so hard at being charming that they never are.", "acting", "negative"],
    ["The cast is working so hard to be charming.", "acting", "negative"],
    // … unless it did not even try, or the attempt was at something bad.
    ["He doesn't even try to be funny and he just is.", "humor", "positive"],
    ["It tries to be a sappy love story and nothing more.", "writing", "negative"],
    // At the top of one's game, or on autopilot (rt-reviews, imdb-reviews, 2026-12-05).
    ["Both leads are at the top of their game.", "acting", "positive"],
    [
      "Adam's father Alan plays a shrink who seems to be not top of his game.",
      "acting",
      "negative",
    ],
    ["The cast seems to be on autopilot.", "acting", "negative"],
    // Praise kept by its share of fresh rt-reviews snippets (2026-12-05): a tour de force,
    // finesse, well-made.
    ["Dafoe sinks his teeth into this tour-de-force performance.", "acting", "positive"],
    // What it stops being it no longer is; what never stops being, it always is.
    ["But they don't know when it stops being funny.", "humor", "negative"],
    ["Knocked Up never stops being funny.", "humor", "positive"],
    // A good portion, chunk or half is as much, no praise; a good number of laughs is.
    [
      "When a movie features Alba in a bikini for a good chunk of its running time and still can't hold a guy's interest, something is wrong.",
      "pacing",
      "negative",
    ],
    ["The comedy will provide a good number of laughs.", "humor", "positive"],
    ["The direction and cutting are top class.", "editing", "positive"],
    ["The film looks pretty, but it has nothing to say.", "visuals", "positive"],
    [
      "It has poor acting and unrealistic effects that had me cringing in my seat.",
      "effects",
      "negative",
    ],
    ["The emotional scenes were dragged out at nausea.", "pacing", "negative"],
    // What the critic expected more of, the film did not give (imdb-reviews, 2026-12-04) …
    ["I expected better quality both in story and in animation.", "visuals", "negative"],
    ["I really expected much more from this director and cast.", "direction", "negative"],
    // … and what deserves better is not praised for it, unless it deserves more credit.
    ["The script deserves better.", "writing", "negative"],
    ["The script deserves more credit than critics have given it.", "writing", "positive"],
    // A slow pace praised for what it does (imdb-reviews, Kalifornia's page, 2026-12-04).
    [
      "Everyone gives excellent performances and the movie's slow and deliberate pacing greatly enhance the proceedings.",
      "pacing",
      "positive",
    ],
    ["This story is told at a slow pace and that works very well.", "pacing", "positive"],
    ["With its slow pace that subtly builds tension, it grips.", "pacing", "positive"],
    ["The slow pacing builds no tension.", "pacing", "negative"],
    ["Streep portrays a woman in crisis brilliantly.", "acting", "positive"],
    // … but what the critic agrees with, or says against them, is the critic's.
    [
      "Yes, as other reviewers have said, it's well-made, and beautifully photographed.",
      "visuals",
      "positive",
    ],
    ["The songs were actually not as bad as some people say.", "music", "positive"],
    ["It will have you laughing at how Charlie uses his words.", "humor", "positive"],
    [
      "We only laugh at the film's absurd scenarios when the filmmaker permits it, and they are hilarious.",
      "humor",
      "positive",
    ],
    // What the critic is not saying, the critic does not say (imdb-reviews, 2026-12-04) …
    ["I'm not saying that the acting was good, because it wasn't.", "acting", "negative"],
    // … and what it wants to be, it is not; what viewers want is theirs.
    [
      "The director wanted to feel smart and cool by mentioning other horror flicks.",
      "direction",
      "negative",
    ],
    [
      "Horror to cinephiles who want to be puzzled and shocked watching fine actors such as Decaune.",
      "acting",
      "positive",
    ],
    // A misstep faults; one never made praises (rt-reviews, 2026-12-05).
    [
      "The filmmakers and their lead actress never make a misstep; their approach is both clinical and deeply intimate.",
      "acting",
      "positive",
    ],
    ["One that entrances even as Roth's script regularly missteps.", "writing", "negative"],
    // A moment of it denied denies what the moment is (rt-reviews, 2026-12-05) …
    ["Scarcely a minute of it is dull.", "pacing", "positive"],
    ["Not a minute of this film is boring.", "pacing", "positive"],
    ["Not one second of this mess made any sense.", "writing", "negative"],
    // … and a plot contrived to the point of absurdity is still contrived.
    ["The plot is contrived to the point of absurdity.", "writing", "negative"],
    // Words critics judge with, read as such (imdb-reviews, rt-reviews, 2026-12-05) …
    ["Ron Liebman turns in a bravura performance as Batman.", "acting", "positive"],
    [
      "Toby Malone puts in a commendable performance as the bucolic teenager.",
      "acting",
      "positive",
    ],
    ["The special effects are nothing less than breathtaking.", "effects", "positive"],
    ["That god-awful music, non-stop!", "music", "negative"],
    ["Despite amateurish direction from Richard Haines, she shines.", "direction", "negative"],
    [
      "The jackasses playing the rejects should be strung up and shot for their so-called performances which are insulting to actors everywhere.",
      "acting",
      "negative",
    ],
    ["Or as a well-written/acted gumshoe/film-noir.", "acting", "positive"],
    // … where nothing denies them: not "without exception", nor "not forgetting".
    ["The acting was, almost without exception, amateurish.", "acting", "negative"],
    [
      "And of course not forgetting the abysmal acting, this was utterly pathetic.",
      "acting",
      "negative",
    ],
    // A short tail after "but" has the last word where its clause's own words said none
    // (rt-reviews, 2026-12-05) …
    ["Performances are low key but accomplished.", "acting", "positive"],
    ["The two central performances are competent but uninspired.", "acting", "negative"],
    ["Special effects are muted yet accomplished.", "effects", "positive"],
    // … not where they did, nor where it names something else (the labels' dev half).
    ["Slow but mesmerizing.", "pacing", "negative"],
    ["It's a brilliant premise but wretchedly executed.", "writing", "positive"],
    ["Nice cast, but a disappointing film.", "acting", "positive"],
    // What is anything but dull is not dull (imdb-reviews, 2026-12-05), unless that is denied.
    ["The movie is anything but boring.", "pacing", "positive"],
    ["Plus his wisecracks are anything but funny.", "humor", "negative"],
    [
      "Hereafter could hardly be anything but a finely crafted, engaging film.",
      "direction",
      "positive",
    ],
    [
      "Filming a scarecrow for 30 seconds doesn't elicit anything but sheer boredom.",
      "pacing",
      "negative",
    ],
    // … while what builds up slowly is still slow.
    ["Very, very slow build up to the basic storyline.", "pacing", "negative"],
    // Not one good idea is none (rt-reviews, imdb-reviews, 2026-12-05) …
    [
      "Wild Wild West has six screenwriters and between them they couldn't come up with one good idea or one decent line of dialogue.",
      "writing",
      "negative",
    ],
    ["I can't remember one witty line or one moment of great acting.", "acting", "negative"],
    // … but "either one" and "not one" of the others are someone.
    ["You can't beat either one for eye candy.", "visuals", "positive"],
    [
      "Not one has a climactic battle as visually graceful, invigorating and altogether stunning as Step Up All In.",
      "visuals",
      "positive",
    ],
    // More words found and kept the same way (rt-reviews, 2026-12-05).
    [
      "Mann's direction is immaculate, making Reginald Rose's clearly allegorical, and sometimes forced, screenplay seem even better than it is.",
      "direction",
      "positive",
    ],
    [
      "The movie is devoid of laughs, thanks to James Bridges' characteristically humorless direction.",
      "direction",
      "negative",
    ],
    // Stranded by what holds them back, performers are not judged by it.
    ["The movie's leads are completely stranded by the humorless material.", "acting", "neutral"],
    // … and the manner of the making (rt-reviews, 2026-12-05).
    [
      "A flawlessly directed film about enigmatic people who speak in morose epigrams about vague universal principles they show no sign of understanding.",
      "direction",
      "positive",
    ],
    [
      "A sumptuously photographed road trip that becomes a dramatically inert journey of self-discovery.",
      "visuals",
      "positive",
    ],
    // … and what a film or a part of it is called (imdb-reviews, 2026-12-05).
    ["But the ending wasn't a disappointment either.", "writing", "positive"],
    ["Barnet Bain and Dan Gordon wrote the hoot of a script.", "writing", "positive"],
    [
      "Another disappointment is Pamela Sue Martin in a totally ineffectual performance as the mother.",
      "acting",
      "negative",
    ],
    // What the critic laughed at is still the humour; what others laugh at is not (above).
    ["I laughed at the jokes more than I expected to.", "humor", "positive"],
    // Praise the next clause says there is too little of (Rock the Kasbah, 2026-12-04).
    ["It is occasionally witty, but not very often.", "humor", "negative"],
    [
      "The movie has some pretty pictures and a few good jokes, but not nearly enough.",
      "humor",
      "negative",
    ],
    ["It has some funny moments, but not enough of them.", "humor", "negative"],
    ["The cast is superb, but not often enough on screen together.", "acting", "positive"],
    // What the film might have had, it has not (Gods and Generals' page, 2026-12-04).
    [
      "The film-maker's relentless even-handedness removes whatever drama the story might have had by making every one of the characters endlessly honorable.",
      "writing",
      "negative",
    ],
    [
      "Ten to fifteen minutes of nothing happening really ruined any pacing the movie may have had going for it.",
      "pacing",
      "negative",
    ],
    ["There is nothing amazing about the acting.", "acting", "negative"],
    // Someone who carries the film is praised for the acting (the labels' dev half, 2026-12-04).
    ["Adrian Paul carries the burden here.", "acting", "positive"],
    ["Emma Roberts carries the movie with startling grace.", "acting", "positive"],
    ["She carries the film squarely on her shoulders.", "acting", "positive"],
    // Weaknesses in the pacing are complaints, whatever makes up for them (Nurse Betty's page).
    [
      "Its originality and sheer wacked-out likability compensate for its weaknesses in pacing.",
      "pacing",
      "negative",
    ],
    // What is held back by something else is not faulted by it (Nurse Betty's page).
    [
      "[The actors'] nimble comic timing is hampered by truly ugly, amateurish production work.",
      "humor",
      "neutral",
    ],
    [
      "But he and the actors are hamstrung by a script that's so busy piling on twists.",
      "acting",
      "neutral",
    ],
    ["The great performances are undermined by a dull script.", "acting", "positive"],
    ["The great performances are undermined by a dull script.", "writing", "negative"],
    ["The weak acting is further hampered by a dull script.", "acting", "negative"],
    // What a film is more than, it is not (The Extra Man's page, 2026-12-04); not "than the".
    ["More an exhibition of precious acting than an absorbing narrative.", "writing", "negative"],
    ["But the experience is more creepy and off-putting than hilarious.", "humor", "negative"],
    ["It did have more impact than the limp performances.", "acting", "negative"],
    // What no one can say of a film, however far back the denial (the cases an earlier session
    // cited against reading "boring" as the pacing), and what no one can praise enough.
    ["One thing you can't say about this film is that it is dull.", "pacing", "positive"],
    ["There is no point at which this film could fairly be called boring.", "pacing", "positive"],
    ["I wouldn't call the script brilliant.", "writing", "negative"],
    ["I can't say enough good things about the acting.", "acting", "positive"],
    // A boring film is a pacing complaint: the labels' dev half counts 10 of 12 so (2026-12-04).
    [
      "Cosmopolis is, for the most part and without mincing words, an astonishingly boring drama.",
      "pacing",
      "negative",
    ],
    ["Not only is it deadly dull, but the killer courts our sympathy.", "pacing", "negative"],
    ["Everyone else will likely find this film an overblown bore.", "pacing", "negative"],
    ["A Fantastic Bore.", "pacing", "negative"],
    ["It seemed like seven hours of boredom.", "pacing", "negative"],
    ["There isn't a dull or dumb moment in this movie.", "pacing", "positive"],
    ["The movie is never boring.", "pacing", "positive"],
    // Someone's works are films, not a film that works (The Dentist's page, imdb-reviews).
    ["The Dentist is one of his lesser works as director.", "direction", "negative"],
    // Missed when asked after (Cookie's Fortune's page, rt-reviews).
    [
      "A great film performance-wise, but you wonder what happened to the script.",
      "writing",
      "negative",
    ],
    // What the film has "rather than" or "instead of" something, it lacks (Space Jam's page).
    [
      "Best viewed as a 'package,' something put together by agents and dealmakers rather than filmmakers.",
      "direction",
      "negative",
    ],
    [
      "This intense action thriller will be recalled for its exciting visuals and relentless action rather than its acting.",
      "acting",
      "negative",
    ],
    // A judging word before a quoted title judges that film (Pecker's page, imdb-reviews), not
    // one before a quoted word of a noun ("cheesy "Melrose Place" music").
    [
      "The pacing of the plot becomes a flaw sometimes and can't compete with the jokes of Water's brilliant \"Serial Mom\".",
      "pacing",
      "negative",
    ],
    [
      'The quick cuts, cheesy "Melrose Place" music and candid shots tell you what you are in for.',
      "music",
      "negative",
    ],
    // What would have been, but for a fault; steam lost a little at a time; acting "no worse
    // than" most, no praise (Gladiator's, Deathtrap's and Final Fantasy's pages, 2026-12-04).
    [
      "Would've made for an extremely marvelous picture were it not for the fact that it falls victim to a worn storyline.",
      "writing",
      "negative",
    ],
    [
      "The film loses a bit of steam midway through and the ending is a lot less satisfying.",
      "pacing",
      "negative",
    ],
    [
      "It is marked by acting that is no worse than that found in most sci-fi films.",
      "acting",
      "neutral",
    ],
    // "neither … nor" denies both; "about as funny as" a disaster is not funny.
    [
      "Sex, drugs and violence that's neither funny nor particularly original.",
      "humor",
      "negative",
    ],
    ["Couples Retreat is neither funny nor honest.", "humor", "negative"],
    ["About as funny as lice.", "humor", "negative"],
    // What is lovely "to look at", and shots a word judges, are the look.
    ["Beautiful to look at, but deficient in the plot department.", "visuals", "positive"],
    [
      "It's pretty to look at, but so low-voltage that it's hardly worth anyone's time.",
      "visuals",
      "positive",
    ],
    ["poorly written, and worse, it's ugly to look at", "visuals", "negative"],
    ["The cast found the script bankrupt of real laughs.", "humor", "negative"],
    ["An appealing ensemble makes the most of this rote melodrama.", "writing", "negative"],
    ["A triumph of formula over substance.", "writing", "negative"],
    // "never seemed as witty … as it does here": this film is witty; not "as well".
    [
      "Running in place has never seemed as witty, touching and visually engaging as it does here.",
      "humor",
      "positive",
    ],
    [
      "The movie isn't as vibrant, funny, and entertaining as the community it shows.",
      "humor",
      "negative",
    ],
    [
      "Director of photography Benoit Delhomme shot the movie in delicious colors.",
      "visuals",
      "positive",
    ],
    // A negation reaches every item of its list, and the list is one clause.
    ["Brooklyn isn't heartbreaking, heartwarming, or funny.", "humor", "negative"],
    [
      "At their best they had some flair and agreeable humor, qualities this one sorely lacks.",
      "humor",
      "negative",
    ],
    ["The original had a sparkling wit, something this sequel badly misses.", "humor", "negative"],
    ["It's bereft of good ideas and tone deaf in terms of decent dialogue.", "writing", "negative"],
    // "visually" is judged by the word after it, whatever else the clause says.
    [
      "A visually uninspired film that works best when it eschews the numbers.",
      "visuals",
      "negative",
    ],
    [
      "The Incredibles is a zippy, visually powerful riff on a hero who feels like a zero.",
      "visuals",
      "positive",
    ],
    ["Baubles of humor and gorgeous shots of the city relay the warm tale.", "visuals", "positive"],
    ["This is a mess of a movie that's been cut to pieces.", "editing", "negative"],
    [
      "Both the dialogs and the acting make the film not really worth seeing.",
      "writing",
      "negative",
    ],
    // "less tedious than this": this film is more so; not "than it could have been".
    ["But even comics and games are less witless and tedious than this.", "pacing", "negative"],
    ["The whole remains less hilarious than it ought to be.", "humor", "negative"],
    [
      "Goldberg's approach is peppered with tiresome coincidences in the plot.",
      "writing",
      "negative",
    ],
    // A clause too short to stand alone is read in its sentence.
    [
      "In his directing debut, Dave Grohl shows the instincts of a real filmmaker.",
      "direction",
      "positive",
    ],
    ["The actors ... bring a so-so script to life.", "acting", "positive"],
    // What a sentence excepts goes against the rest's mood, judging words or none.
    ["I'm here to vouch for Jackson, except for the length.", "pacing", "negative"],
    [
      "Except for Depp's performance, the film is one we've seen and heard before.",
      "acting",
      "positive",
    ],
    [
      "Despite the tiresome plot, it's highly entertaining because of the snappy young duo.",
      "writing",
      "negative",
    ],
    [
      "Unfortunately, despite the slamming soundtrack, their rivalry doesn't get the blood up.",
      "music",
      "positive",
    ],
    ["The characters in this movie are charmers.", "writing", "positive"],
    ["The colourful animation is a joy.", "visuals", "positive"],
    ["A CGI-heavy fantasy epic with great CGI.", "effects", "positive"],
    // (Still the look: a style, the art of it, its state of the art, a headline.)
    ["It merges the best of western and eastern animation styles.", "visuals", "positive"],
    ["Not only does it advance the art of animation, it is a joy.", "visuals", "positive"],
    ["The state of the art animation is superb.", "visuals", "positive"],
    ["Great Animation, Third-Rate Plot.", "visuals", "positive"],
    ["Desplat's score is lush and stirring.", "music", "positive"],
    // A contrast word alone between commas turns against the sentence before, not its own.
    ["The acting, however, is wooden.", "acting", "negative"],
    [
      "When it's funny, though, Ebbing really scores, and many viewers will find the laughter carries them over its problems.",
      "humor",
      "positive",
    ],
    [
      "Beautiful, violent -- and also funny for all the wrong reasons, and boring.",
      "humor",
      "negative",
    ],
    ["It is unintentionally hilarious.", "humor", "negative"],
    ["The dubbing is funny in all the wrong ways.", "humor", "negative"],
    ["Brommel has cast them in decidedly un-funny roles.", "humor", "negative"],
    // Laughed at, not with (imdb-reviews, rated 1 of 10).
    ["Almost every line of dialog delivered here is uproariously bad.", "humor", "negative"],
    // Too bad to be funny, or so bad that it is (imdb-reviews, rated 1 of 10).
    ["This is far too stupid to be even remotely funny.", "humor", "negative"],
    [
      "You may get a kick out of the soundtrack, which is so appalling that it is funny.",
      "humor",
      "negative",
    ],
    // The best jokes were in the trailer (rt-reviews, rotten).
    ["If you've seen the trailer you've seen the best gags.", "humor", "negative"],
    ["The funniest bits were in the previews.", "humor", "negative"],
    // Endings, however many, and an ending however anticlimactic it is spelt.
    ["Both endings are great.", "writing", "positive"],
    ["It was one of the most anti climatic endings in recent film history.", "writing", "negative"],
    // "Nor" turned round with its verb denies what follows its subject, not the subject's
    // own words (imdb-reviews, rated 4 of 10).
    [
      "The lack of originality does not help, nor does the stale direction of Joseph Ruben.",
      "direction",
      "negative",
    ],
    ["The performances are third rate.", "acting", "negative"],
    // A denied letting reaches what it would have let happen (rt-reviews, fresh).
    [
      "Figgis never lets the pace slow long enough to expose the story's thinness.",
      "pacing",
      "positive",
    ],
    ["It never allows itself to become boring.", "pacing", "positive"],
    ["He lets the pace slow.", "pacing", "negative"],
    // A clause that only gives the length leaves the judging to the next (imdb-reviews, 7 of 10).
    ["At 90 minutes long, it doesn't outstay its welcome.", "pacing", "positive"],
    // A story hard to follow is faulted, whatever else its clause praises.
    [
      "A film of intense yearning and philosophical inquiry, which makes it narratively disjointed and challenging to follow",
      "writing",
      "negative",
    ],
    // An aspect's cue word in a negation's scope says the opposite.
    ["His portrayal of Bilbo is a delight.", "acting", "positive"],
    ["It's all clear, and it's never slow.", "pacing", "positive"],
    ["The film never drags.", "pacing", "positive"],
    ["It isn't overlong.", "pacing", "positive"],
    ["It is not funny at all.", "humor", "negative"],
    // A judging word right before the term judges it, whatever else the clause judges.
    ["The great cast can't save the dull script.", "acting", "positive"],
    ["The great cast can't save the dull script.", "writing", "negative"],
    [
      "It is a triumph of production design that covers for a generic story.",
      "visuals",
      "positive",
    ],
    ["It lacks a great story.", "writing", "negative"],
    ["A good cast tries to rescue a bad script.", "acting", "positive"],
    ["Why is such a talented cast doing such weak material?", "acting", "positive"],
    ["Stiff adaptation buoyed by a brilliant score.", "writing", "negative"],
    ["Too bad voters will fail to notice his fantastic performance.", "acting", "positive"],
    ["It suffers from a lack of compelling narrative.", "writing", "negative"],
    ["Lacking any really sharp dialogue, it just about goes the distance.", "writing", "negative"],
    ["A lot of it hasn't aged well...the soundtrack is amazing.", "music", "positive"],
    ["Marvin won an Oscar for his dual good guy/bad guy portrayal.", "acting", "positive"],
    ["It is a fine showcase for not only the strong cast but its writer.", "acting", "positive"],
    ["Both she and the lesser characters have an endearing quality.", "writing", "positive"],
    // What a film steers clear of is not what it is; what follows "how" is said, not denied.
    ["Selma wisely sidesteps predictable inspirational-movie cliches.", "writing", "positive"],
    ["It avoids the predictable narrative arc.", "writing", "positive"],
    // What it sends up is its target (imdb-reviews line 4680, rated 10).
    [
      "Characters and story line subvert expectation and cliche at all the right moments.",
      "writing",
      "positive",
    ],
    // … to the end of what it names (imdb-reviews line 6668, Mystery Men, rated 8); what it
    // does not send up, it has.
    [
      "It's funny, it's quirky, it's a delightful sendup of every bad superhero cliche known to man.",
      "writing",
      "positive",
    ],
    ["It may not subvert every cliche of the high-school romance genre.", "writing", "negative"],
    ["The direction is free of hackneyed movie conventions.", "direction", "positive"],
    ["You may not realize how strong the acting is until later.", "acting", "positive"],
    // A concession: the clause after it is not read with the words before it.
    [
      "No matter how fantastic it looked, its story was making no sense at all.",
      "writing",
      "negative",
    ],
    // A negation does not reach past a verb whose object keeps its own judgement.
    ["All the metaphors in the world can't accelerate the slow patches.", "pacing", "negative"],
    // "long" of the film itself, as a noun's adjective or said of the film.
    ["It has long stretches where you see nothing of interest.", "pacing", "negative"],
    ["The film is a little long for a Western action-comedy.", "pacing", "negative"],
    [
      "Jarmusch leaves nothing happening on the screen for long periods of time.",
      "pacing",
      "negative",
    ],
    ["It's long, sloppy, and steadily implausible.", "pacing", "negative"],
    ["It rattles along at a zippy pace with change from an hour and a half.", "pacing", "positive"],
    // "not just" adds, as "not only" does; every form of "overstay" is a complaint.
    [
      "A movie loaded with raunchy jokes that is not just soda-out-the-nose funny but also sweet.",
      "humor",
      "positive",
    ],
    ["It works on both levels, even if it does overstay its welcome.", "pacing", "negative"],
    ["A fun opening hour gives way to an entirely unsatisfying ending.", "writing", "negative"],
    // A clause the model reads clearly one way is not turned by judging words elsewhere in
    // its sentence ("contrived" here is a verb).
    [
      "Once again, Wright's direction is a joy from start to finish, and the script he and Pegg have contrived is full of surprises.",
      "direction",
      "positive",
    ],
    [
      "Too much time and energy is directed toward that go-nowhere story, wasting the film's best asset.",
      "writing",
      "negative",
    ],
    // "nothing" denies, "isn't merely" adds, two denials cancel, "at least" denies nothing.
    ["Julianne Moore isn't merely good in the lead role.", "acting", "positive"],
    // (rt-reviews line 31032 spoke of "watching likable stars argue for close to two hours": no
    // pacing, since the hours are a stretch of the viewer's evening.)
    ["There's nothing terribly compelling about the story.", "writing", "negative"],
    ["Extremely well-acted and not without its effective interludes.", "acting", "positive"],
    // Denied twice: a relative clause's denial under a head denied already (rt-reviews).
    [
      "There isn't a performance in this film that isn't exquisitely in key or a frame in this film that doesn't feel right.",
      "acting",
      "positive",
    ],
    ["There is no gag in it that isn't funny.", "humor", "positive"],
    // A negation reaches what "any" opens, to the clause's end (rt-reviews, Crimson Peak);
    // not "any more than", a comparison.
    [
      "Crimson Peak does not necessarily exude any real momentum of toxic scares or memorable chills.",
      "pacing",
      "negative",
    ],
    ["It hasn't got any truly funny or original ideas.", "humor", "negative"],
    [
      "Its jokes are never any more than a brief respite from the irritating mess of its plot.",
      "writing",
      "negative",
    ],
    // An actor still portrays the world's most sublime composer.
    ["Tom Hulce brilliantly portrays the world's most sublime composer.", "acting", "positive"],
    // "well-" joined to a term judges it, as "-ly" adverbs do; a negation denies it.
    ["But the well-directed story has some trite plot devices.", "direction", "positive"],
    [
      "Like the operation itself, it's a good idea -- just not well-executed.",
      "direction",
      "negative",
    ],
    ["It's fun, though it's not as well-crafted as its predecessor.", "direction", "negative"],
    // What is done "carefully" is praised where it modifies the term (Matchstick Men's page had
    // quoted this as a complaint of the direction, rt-reviews, 2026-12-08) …
    [
      "A well-acted, carefully directed yet largely unsatisfying exercise.",
      "direction",
      "positive",
    ],
    // … unless the critic quotes the phrase to doubt it (imdb-reviews).
    [
      'Even more so in that the "carefully crafted" (or however they put it) conclusion was a failure.',
      "direction",
      "negative",
    ],
    // What is most obvious about a film is plain to see, not predictable (rt-reviews, Carol).
    ["The most obvious achievement is Cate Blanchett's performance.", "acting", "positive"],
    [
      "The portrayal of Hitchcock is the obvious centerpiece, and a fine one.",
      "acting",
      "positive",
    ],
    // "any obvious" is evident, not predictable (rt-reviews, Call Me by Your Name).
    [
      "The achievement of the director Luca Guadagnino is to create in the absence of any obvious opposition a picture that is still taut with inner tensions.",
      "direction",
      "positive",
    ],
    ["There isn't a single joke that isn't flat.", "humor", "negative"],
    // A verb denied is no head: "gags that don't connect and dialogue that isn't funny".
    [
      "It's full of gags that don't connect and dialogue that isn't especially funny.",
      "humor",
      "negative",
    ],
    ["The story is never less than visually exquisite.", "visuals", "positive"],
    ["This is one of the least visually appealing films of the year.", "visuals", "negative"],
    ["At least there's a credible premise.", "writing", "positive"],
    ["Nothing about this witty, inventive film obeys the rules.", "humor", "positive"],
    ["To say nothing of its likable cast, the movie never feels liberating.", "acting", "positive"],
    ["His co-stars are nothing more than bland dupes.", "acting", "negative"],
    ["Formulaic melodrama, appealing primarily to pre-teens.", "writing", "negative"],
    // Length complained of where a film is stretched to it; a character actor acts.
    ["But stretched to feature length, it becomes repetitive and unwieldy.", "pacing", "negative"],
    ["There's not enough here for a full length feature film.", "pacing", "negative"],
    ["Gladiator is a remarkable spectacle of unforgivable length.", "pacing", "negative"],
    [
      "Crowe confirms his position as one of the best character actors around.",
      "acting",
      "positive",
    ],
    // A term that is itself a judging word is read with its negation; "nowhere near" denies.
    ["A human drama with some good laughs, and never predictable.", "writing", "positive"],
    ["There's no contrived Hollywood ending.", "writing", "positive"],
    ["And it's nowhere near as funny as The Hangover.", "humor", "negative"],
    // "rarely" denies, emphasis does not; "more or less" denies nothing; a joined adverb judges.
    ["The jokes are obvious and rarely funny.", "humor", "negative"],
    ["I have never laughed so hard in my life.", "humor", "positive"],
    ["More or less predictable and mildly diverting.", "writing", "negative"],
    ["A sloppily-edited, unmanageable insult to the intelligence.", "editing", "negative"],
    ["Badly acted and, running well over two hours, often ponderous.", "acting", "negative"],
    [
      "Starts slowly, spending too long on the set-up, but then it takes off.",
      "pacing",
      "negative",
    ],
    // What a film is supposed to be is not what it is; emoting is acting.
    ["The results are supposed to be funny.", "humor", "negative"],
    ["Involuntarily funny dialogue, decent performances.", "humor", "negative"],
    ["The actors swim well, but emote poorly.", "acting", "negative"],
    // A score with any word that describes it (rt-reviews: "a blaring, wall-to-wall score").
    ["A blaring, wall-to-wall score tells you what to feel in every scene.", "music", "negative"],
    ["Bernard Herrmann's eloquent score is among his finest.", "music", "positive"],
    ["The Irving Berlin score is bright.", "music", "positive"],
    [
      "The humor is tasteless and racist, but the action scenes are fantastically choreographed.",
      "effects",
      "positive",
    ],
    [
      "The exhilarating car chase that closes the movie is alone worth the price.",
      "effects",
      "positive",
    ],
    [
      "The narrative gets severely bogged down in the boring minutia of spy work.",
      "pacing",
      "negative",
    ],
    ["The film dawdles its way towards the climactic showdown.", "pacing", "negative"],
    ["Just Getting Started simply never does get started.", "pacing", "negative"],
    ["The Best of Youth runs, though never dawdles, for an easy six hours.", "pacing", "positive"],
    ["I find the best films are the ones where time seems to fly by.", "pacing", "positive"],
    [
      "This caper flick takes a while to get moving but develops a modest appeal.",
      "pacing",
      "negative",
    ],
    // A score's own words: "syrupy", "intrusive" complain whatever the sentence's mood.
    ["The syrupy score just adds to the charm of this classy weepie.", "music", "negative"],
    ["Heavy on the portentous drama and intrusive score.", "music", "negative"],
    ["A rousing score carries the last act.", "music", "positive"],
    ["Often silly and utterly awful, from acting to sound mixing.", "music", "negative"],
    // What a critic has seen before is derivative writing.
    ["We've seen it all before, and it's starting to get a bit boring.", "writing", "negative"],
    ["This family film is fun, but essentially paint-by-numbers.", "writing", "negative"],
    ["The story is full of plot holes.", "writing", "negative"],
    // What a film differs from is not what it repeats.
    [
      "A sexy action story, different from the Bond films we have seen before.",
      "writing",
      "positive",
    ],
    ["A little bit of pacing issues and an overlong finale.", "pacing", "negative"],
    ["The dreariness and the snail-like pace stripped it of its magic.", "pacing", "negative"],
    ["The special effects are mind-boggling.", "effects", "positive"],
    // A verb that denies what it reaches for, a few words on; "never fails" affirms.
    ["One of those buddy cop movies that fails to be funny.", "humor", "negative"],
    ["But it forgets to deliver compelling characters along the way.", "writing", "negative"],
    ["It falls a bit short of being a compelling story.", "writing", "negative"],
    ["Never manages to capitalise upon its impressive cast.", "acting", "negative"],
    ["It never fails to be funny.", "humor", "positive"],
    // … and its nouns (imdb-reviews, 2026-12-07); not a title's ("Failure to Launch").
    [
      "The director's inability to render a convincing hurricane leads to lighting errors.",
      "visuals",
      "negative",
    ],
    ["Its failure to develop interesting characters sinks it.", "writing", "negative"],
    ["Failure to Launch has charming leads.", "acting", "positive"],
    // A negated verb reaches what it takes, past the three words (read on Bee Movie's page);
    // not what is "helped by", "solved", "mentioned", "lacking" or set beside "only".
    [
      "It could not keep up its energetic and fun pace established within its first act.",
      "pacing",
      "negative",
    ],
    [
      "It's overstuffed with incidents that don't really cohere into a convincing story.",
      "writing",
      "negative",
    ],
    [
      "But the movie did not do a particularly compelling job of telling its story.",
      "writing",
      "negative",
    ],
    ["It's not helped by the wooden performances of the leads.", "acting", "negative"],
    [
      "The director never quite solves the pacing problems posed by filming underwater.",
      "pacing",
      "negative",
    ],
    ["While it's not entirely lacking in sharp dialogue, it is a mess.", "writing", "positive"],
    ["It not only features a great cast.", "acting", "positive"],
    ["Don't even talk about that awful soundtrack.", "music", "negative"],
    // … past a possessive, and after "hardly" (read on How Do You Know's page); not what does
    // no harm, nor a complaint after the praise "hardly" denies.
    ["It's pleasant, but hardly ranks with the director's best work.", "direction", "negative"],
    ["It doesn't rank with the director's best work.", "direction", "negative"],
    ["It doesn't hurt the film's great cast.", "acting", "positive"],
    [
      "Watching characters typing hardly makes for a thrilling cinematic experience.",
      "writing",
      "negative",
    ],
    [
      "The thrills are hardly thrilling in this paint-by-numbers occult chiller.",
      "writing",
      "negative",
    ],
    // The critic's own opinion denied reaches the judging word in its clause; not in a
    // condition, nor "can't say enough", nor a cue that denies already.
    ["I don't find the story or the characters very believable.", "writing", "negative"],
    ["I didn't find this particular episode that funny.", "humor", "negative"],
    ["I can't say I found the acting all that impressive either.", "acting", "negative"],
    ["I did not think the acting was horrible.", "acting", "positive"],
    ["If you don't find these guys funny then skip it.", "humor", "positive"],
    ["I cannot say enough bad things about the cast.", "acting", "negative"],
    ["But I don't think those lines were intended to be funny.", "humor", "negative"],
    // A "well" that ends its clause says how the verb went, however far back its negation
    // (read on Mystery Men's page); "rarely … so well" is praise, "as well" is also.
    [
      "The music overpowers the scenery, and the special effects are never quite integrated into the rest very well.",
      "effects",
      "negative",
    ],
    ["The dialogue doesn't explain the story very well.", "writing", "negative"],
    ["He doesn't fit into his role (a stealth fighter pilot) all that well.", "acting", "negative"],
    ["Rarely in ensemble pieces are characters treated so well.", "writing", "positive"],
    ["It's not a bad film, and the cast is good as well.", "acting", "positive"],
    ["It's fairly solid, not to mention well edited.", "editing", "positive"],
    ["Unfortunately the script is too smart for its own good.", "writing", "negative"],
    // What a film could not do without, it has.
    [
      "Call Me By Your Name's erotic tension wouldn't crackle so loudly without the chemistry between its leads.",
      "acting",
      "positive",
    ],
    [
      "It would have collapsed without the powerful performances by its leads.",
      "acting",
      "positive",
    ],
    ["It is a film without the wit of the original.", "humor", "negative"],
    // Praise of what is unintended is none; a negated verb reaches past "sheer" (read on
    // Dominion's and Battle Royale's pages).
    ["Unintentionally funny dialogue and poorly executed special effects.", "writing", "negative"],
    ["The dialog is inadvertently hilarious.", "writing", "negative"],
    [
      "The film can't maintain the sheer exhilarating rush of its first thirty minutes.",
      "pacing",
      "negative",
    ],
    // What "none of" or "neither of" denies, its clause says of them (read on Anchors
    // Aweigh's page; Meet the Parents).
    ["None of the songs are particularly memorable.", "music", "negative"],
    ["Neither of the leads is convincing in their roles.", "acting", "negative"],
    ["None of the jokes are forced.", "humor", "positive"],
    // What the film would be nothing without, it has (read on Must Love Dogs' page).
    [
      "This lazily conceived movie wouldn't be much without the strength of its cast.",
      "acting",
      "positive",
    ],
    ["The picture would be nothing without its score.", "music", "positive"],
    // What cannot be denied is affirmed.
    ["But you can't deny the great talent of this director.", "direction", "positive"],
    // A judging word after "a" and before a comma heads a list of adjectives, not a clause.
    [
      "A sensational, swaggering performance by Chadwick Boseman lifts it from the tired biopic formula.",
      "acting",
      "positive",
    ],
    // What a film is short on, it lacks; what is nothing short of brilliant, it has.
    ["Short on laugh-out-loud comedy beats, it still charms.", "humor", "negative"],
    ["It features nothing short of brilliant acting.", "acting", "positive"],
    ["A bloated epic that's made watchable by swell effects.", "effects", "positive"],
    ["The pace is breezy.", "pacing", "positive"],
    ["The pacing is slow and deliberate.", "pacing", "negative"],
    ["The story plods along.", "pacing", "negative"],
    ["A gorgeous but plodding period piece.", "pacing", "negative"],
    // What keeps a film from something is judged against it; what lifts the rest, praised.
    ["Their chemistry saves an otherwise mediocre movie.", "acting", "positive"],
    ["The performances prevent the film from becoming totally generic.", "acting", "positive"],
    ["Occasional sparks of wit can't keep it from being a muddled mess.", "humor", "positive"],
    [
      "The flaws in its storytelling do keep it from being as great a film as it could have been.",
      "writing",
      "negative",
    ],
    // What saves or carries a film is praised; not what cannot save or carry it.
    [
      "It's a bloody mess that's only saved by Matthew McConaughey's impressively repellent acting.",
      "acting",
      "positive",
    ],
    [
      "Casey Affleck's performance as the awkward, awed, angry man-child carries this film.",
      "acting",
      "positive",
    ],
    ["Chadwick Boseman's performance makes you forgive the obvious hiccups.", "acting", "positive"],
    [
      "Too bad the principal character lacks the charisma to carry the movie.",
      "acting",
      "negative",
    ],
    ["A tedious mess that can't be saved by its provocative script.", "writing", "negative"],
    ["Floundering, only intermittently funny.", "humor", "negative"],
    ["What Bolt lacks in originality it makes up for in execution.", "direction", "positive"],
    [
      "It is cute, but a bit too crass - not withstanding its excellent animation.",
      "visuals",
      "positive",
    ],
    ["It loses its momentum far too often.", "pacing", "negative"],
    ["A smart director keeps the farce on its toes.", "direction", "positive"],
    ["This seen-it-all-before family melodrama gets a fresh coat of paint.", "writing", "negative"],
    // What drags the film down is faulted.
    ["A great idea is weighed down by an over-egged screenplay.", "writing", "negative"],
    // … and what falls apart (War of the Worlds' page had quoted this as writing praise,
    // rt-reviews, 2026-12-08).
    [
      "An impressive display of sound and fury that falls apart the minute any scrutiny is applied to the machinations of its plot.",
      "writing",
      "negative",
    ],
    ["The story falls apart, while Gondry ratchets up the silly action.", "writing", "negative"],
    // (The Light Between Oceans' page, 2026-12-05: "blunted by" had read as pacing praise.)
    [
      "It is an emotionally charged feature whose impact is blunted by its methodical and deliberate pacing.",
      "pacing",
      "negative",
    ],
    // What is inspiring is praised, what is more inspiring is praised above it (rt-reviews).
    ["A frenzied, inspiring ending.", "writing", "positive"],
    [
      "A battle waged in the hearts and minds is always likely to be far more inspiring than explosion-heavy scuffles in the street.",
      "effects",
      "negative",
    ],
    // A wasted cast is the film's fault, not the acting's: neither praised nor faulted (this
    // read as praise by the word before "cast" until 2026-12-01, then as a complaint until
    // 2026-12-04; the hand labels call it neutral).
    ["The talented cast is wasted.", "acting", "neutral"],
    ["The talented cast is largely wasted.", "acting", "neutral"],
    // … and so is one that deserves better (rt-reviews, imdb-reviews, 2026-12-05).
    ["All the performers deserve better than this.", "acting", "neutral"],
    // … nor another craftsman's talent wasted (First Reformed's page, rt-reviews, 2026-12-05).
    ["Schrader wastes the good work of cinematographer Alexander Dynan.", "visuals", "neutral"],
    ["A waste of a great director's time.", "direction", "neutral"],
    ["He is after all quite a good actor and deserves much better.", "acting", "neutral"],
    ["A grimy, dopey thriller that wastes a very likable cast.", "acting", "neutral"],
    ["Average comedy that squanders its decent premise.", "writing", "negative"],
    ["Its downfall stems from its almost egregiously deliberate pace.", "pacing", "negative"],
    ["The execution just didn't live up to the clever premise.", "direction", "negative"],
    ["The execution just didn't live up to the clever premise.", "writing", "positive"],
    ["Not containing the wit to be smart, thrilling sci-fi.", "humor", "negative"],
    [
      "A really good premise is frittered away in middle-of-the-road blandness.",
      "writing",
      "negative",
    ],
    ["There are genuinely imaginative special effects.", "effects", "positive"],
    ["The film is more perky than actually funny.", "humor", "negative"],
    ["It's funnier and more polished than it deserves to be.", "humor", "positive"],
    ["It offers enough eye-candy and cheap thrills to entertain.", "visuals", "positive"],
    [
      "Another great film with an amazing cast and sets that stay in your head.",
      "visuals",
      "positive",
    ],
    ["It never wastes its talented cast.", "acting", "positive"],
    [
      "The chemistry between Wilson, who plays a sort of poor man's Sundance Kid, and Chan is infectious.",
      "acting",
      "positive",
    ],
    ["A well-crafted film in which not a word or a gesture is wasted.", "direction", "positive"],
    ["Its third act makes up for a slightly sloppy start.", "writing", "positive"],
    [
      "If Russell is erratic with plot and the slightest bit smug in attitude, he makes up for these flaws by drawing fun performances.",
      "writing",
      "negative",
    ],
    [
      "A tedious road movie that remains watchable thanks to an interesting performance from Robert Pattinson.",
      "acting",
      "positive",
    ],
    // What it is rather than, or instead of, it is not; what is not negated or excused stays.
    [
      "She gets performances out of her nonprofessional cast that feel authentic rather than awkward.",
      "acting",
      "positive",
    ],
    ["It's a dogged, rather than an inspired, portrayal.", "acting", "negative"],
    [
      "Instead of being a slow, dull historical drama, it is actually an exciting action drama.",
      "pacing",
      "positive",
    ],
    [
      "Ends on a high note, but it doesn't negate the tedium of the flat ones that precede it.",
      "pacing",
      "negative",
    ],
    [
      "A core of genuine emotion that is nothing if not ambitiously nuanced storytelling.",
      "writing",
      "positive",
    ],
    // What the film would be without, it has: "if not for" denies nothing.
    ["It would be unwatchable if not for its formidable cast.", "acting", "positive"],
    [
      "If it wasn't for the cliched bickering between two characters, this could have worked.",
      "writing",
      "negative",
    ],
    [
      "I found the screenplay and Rodrigo Garcia's direction tonally inconsistent.",
      "direction",
      "negative",
    ],
    // Not what keeps you entertained from start to finish, nor a term already judged.
    [
      "It showcases great acting and a story that will keep you entertained from start to finish.",
      "writing",
      "positive",
    ],
    ["Mann could almost get away with taking out the ham-fisted dialog.", "writing", "negative"],
    ["A screenplay that borrows heavily from The Lady Vanishes.", "writing", "negative"],
    ["An often boring mystery film with a spirited performance.", "acting", "positive"],
    [
      "What makes Chicken Run so successful is the filmmakers' obvious love for clay animation.",
      "visuals",
      "positive",
    ],
    [
      "The filmmakers' care for the story and its telling is somehow obvious to even the youngest viewer.",
      "direction",
      "positive",
    ],
    ["The twist is too obvious to be effective.", "writing", "negative"],
    [
      "Bryan Cranston gets a film role worthy of his ability to break bad in a tense drama.",
      "acting",
      "positive",
    ],
    [
      "It'll prompt you to laugh out loud at moments that aren't supposed to be funny.",
      "humor",
      "negative",
    ],
    // Idioms that help or excuse judge nothing.
    [
      "And the performances she encourages from her actors help pick up the slack.",
      "acting",
      "positive",
    ],
    // Found on film pages (2026-12-01, ranks 183–190).
    ["The most amateurish, inadvertently funny studio film in recent memory.", "humor", "negative"],
    ["It's pure formula from start to finish.", "writing", "negative"],
    ["Disney follows its standard formula in this animated adventure.", "writing", "negative"],
    [
      "People will remember these men for their heroic feat, and not for its tedious cinematic adaptation.",
      "pacing",
      "negative",
    ],
    [
      "They might have fared better with a filmmaker who actually works with his actors.",
      "direction",
      "negative",
    ],
    [
      "This film's slightly uneven structure is easily overcome by the exceptional cast.",
      "acting",
      "positive",
    ],
    [
      "Even those who find it opaque will be bowled over by its sheer pictorial extravagance and visual sheen.",
      "visuals",
      "positive",
    ],
    ["Woo is not able to make the action scenes believable or enjoyable.", "effects", "negative"],
    [
      "So much of it is indifferently staged, photographed and acted that the film loses focus.",
      "visuals",
      "negative",
    ],
    [
      "What it lacks in originality it makes up for by being so completely enraptured by the music.",
      "music",
      "positive",
    ],
    [
      "Even without the musical numbers, von Trier has given us a compelling story.",
      "music",
      "positive",
    ],
    ["A charming ugly duckling story with some very welcome turns.", "writing", "positive"],
    ["Good luck finding it among the horrendously executed slapstick.", "direction", "negative"],
    ["This story is best left on the page.", "writing", "negative"],
    ["What saves things from becoming entirely dreary is its cast.", "acting", "positive"],
    ["What elevates the movie is Hoffman's performance as a grieving man.", "acting", "positive"],
    ["The film would be more enjoyable if one could turn off the soundtrack.", "music", "negative"],
    ["Exotic locations and vibrant colors mask a soap opera.", "visuals", "positive"],
    ["It never comes close to being either funny or scary.", "humor", "negative"],
    ["Familiar and worn holiday story saved by most excellent music.", "writing", "negative"],
    // What was so before is not judged now (rt-reviews line).
    [
      "A joyous celebration, with Daniel Craig taking full possession of a role he previously played unconvincingly.",
      "acting",
      "positive",
    ],
    // What a film saves or redeems needed it (rt-reviews lines).
    ["Cagney's marvellous performance almost saves the mawkish ending.", "writing", "negative"],
    ["Fincher fires on all cylinders to save this story from itself.", "writing", "negative"],
    ["There are last minute rescues and incredible visuals.", "visuals", "positive"],
    // The only thing funny about it is no praise of its humour (rt-reviews line).
    ["The only thing funny about this pic is Jerry's stilted performance.", "humor", "negative"],
    // A bad guy is a side, not a judgement (rt-reviews lines).
    ["Bullets, babes, big-time bad guys and bawdy humor.", "humor", "positive"],
    // As bad or as good as can be; what a film makes up in (rt-reviews lines).
    ["The acting could not be worse than the story.", "acting", "negative"],
    ["Chicago makes up in atmosphere and color what it lacks in accuracy.", "visuals", "positive"],
    // Adverbs that judge how it was done (rt-reviews lines).
    ["Excellently acted version of the play is finally rather dull.", "acting", "positive"],
    ["A clever idea that isn't executed cleverly enough.", "direction", "negative"],
    ["It's not exactly brilliantly acted, except by the dinosaurs.", "acting", "negative"],
    // What was never before so much is praised (rt-reviews lines); what is never so funny as
    // hoped is not.
    ["Gloom was never photographed so smartly.", "visuals", "positive"],
    ["She's never been more miscast than she is in Country Strong.", "acting", "negative"],
    ["The comedy is never quite so funny as you had hoped it would be.", "humor", "negative"],
    // A story's problems, issues or shortcomings fault it, whatever else the clause says.
    [
      "Woman Walks Ahead has some narrative issues but is a well-acted drama.",
      "writing",
      "negative",
    ],
    ["Mood, music and direction can overcome plot weaknesses.", "writing", "negative"],
    // … and so does a weakness in it; "perfectly" before a fault says how much (imdb-reviews
    // lines, read on their films' pages 2026-12-05).
    [
      "It is well worth watching to catch the character actors doing their best given the weakness in direction.",
      "direction",
      "negative",
    ],
    ["And most of the dialogue as written is perfectly banal.", "writing", "negative"],
    ["The acting is perfectly wretched, and the script is dumb.", "acting", "negative"],
    // A creature's look is the film's (not a person's looks).
    ["Weird and cheap-looking monsters show up in the end.", "visuals", "negative"],
    // What holds a film up is praised, what it holds up needed holding (rt-reviews lines).
    [
      "Black Snake Moan is a weird little story held together by two gobsmacking performances.",
      "writing",
      "negative",
    ],
    [
      "A slick, empty travelogue propped up only by Roberts' natural charisma.",
      "acting",
      "positive",
    ],
    ["It offers lackluster fantasy propped up by cliches.", "writing", "negative"],
    ["Ozon's notion of derision is perfectly carried out by his name cast.", "acting", "positive"],
    [
      "Somewhat sanitized and over-directed biopic saved by Boseman's electric performance.",
      "direction",
      "negative",
    ],
    ["It's one of the few long films to warrant its running time.", "pacing", "positive"],
    ["The film is bereft of funny moments.", "humor", "negative"],
    ["Blue Streak is no model of subtle or especially witty dialogue.", "writing", "negative"],
    ["Disclosure neglected some essentials of good storytelling.", "writing", "negative"],
    ["Good premise undercut by too much last-minute editing.", "editing", "negative"],
    ["Far from a home run with some major snags including pacing.", "pacing", "negative"],
    ["It's so funny that you'll be snorting popcorn out of your nose.", "humor", "positive"],
    ["The sound effects and musical choices will underwhelm some.", "music", "negative"],
    [
      "It practically drowns out Robert Downey Jnr's decent performance and the film's saving grace.",
      "acting",
      "positive",
    ],
    [
      "Squanders the talents of its cast and is bound to test the patience of more discriminating audiences.",
      "pacing",
      "negative",
    ],
    [
      "At almost three hours it's too slavishly faithful to its source and will no doubt try the patience of Muggle moppets.",
      "pacing",
      "negative",
    ],
    ["Despite over-ripe narration, it is a thrilling documentary.", "writing", "negative"],
    [
      "French director Bertrand Bonello deserves some kind of ignominious prize for turning his lengthy, stylish biopic into a veritable snoozer.",
      "direction",
      "negative",
    ],
    [
      "It's a radiant debut for young newcomer Joe Alwyn, who plays a Texan war hero.",
      "acting",
      "positive",
    ],
    [
      "The only funny part is the shoddy computer effects that put his head on a tiny body.",
      "effects",
      "negative",
    ],
    [
      "Leaves you in a state of bliss as the music floats through your mind like a billowy cloud on a lazy summer day.",
      "music",
      "positive",
    ],
    [
      "Aaron Eckhart's solid performance can't make up for this feature's rotten script.",
      "writing",
      "negative",
    ],
    [
      "Strands a fantastic premise and interesting characters on its annoying road trip to nowhere.",
      "writing",
      "negative",
    ],
    // What a list of what is missing names is missed, each item of it.
    [
      "Hereafter tries to do what Crash did but without the superficial gloss, the charm or actors who can actually act.",
      "acting",
      "negative",
    ],
    ["A comedy-drama without subtlety, effective humor, or credibility.", "humor", "negative"],
    [
      "Devoid of logic, suspense, humor, credible characters or even a whiff of imagination.",
      "writing",
      "negative",
    ],
    ["No air quotes or winks at the audience, just a fresh, sweet story.", "writing", "positive"],
    ["Even the heartfelt details are bizarre contrivances.", "writing", "negative"],
    [
      "The high quality of most of the acting makes this otherwise pointless and indulgent movie at least watchable.",
      "acting",
      "positive",
    ],
    [
      "If not almost immediately--this slog feels like it is unfolding in real, interminable time.",
      "pacing",
      "negative",
    ],
    ["It's fairly solid--not to mention well edited.", "editing", "positive"],
    ["A formulaic picture that's entertaining enough.", "writing", "negative"],
    ["Lane and Cusack transcend the formulaic nature of the genre.", "writing", "positive"],
    // An adverb before a credit judges the directing.
    [
      "Sluggishly directed by episodic TV veteran Joe Zwick, it's a sitcom.",
      "direction",
      "negative",
    ],
    ["A thriller masterfully directed by the Coen Brothers.", "direction", "positive"],
    // Faint praise is no praise.
    // (rt-reviews line 41414, with what the hours held named.)
    [
      "I went in hoping for the best, but the best I could summon up after about two hours of jokes were some encouraging smiles.",
      "humor",
      "negative",
    ],
    // "Couldn't be more" is as much as can be, not a denial (rt-reviews line 21151).
    [
      "Thematically, there's a lot to like here, but the execution couldn't be more heavy-handed and two-dimensional.",
      "direction",
      "negative",
    ],
    ["The casting could not be more perfect.", "acting", "positive"],
    // Praise taken back: "at best", now and then; a lack of a list's items (rt-reviews lines
    // 38631, 16475, 2387, 6102).
    ["The level of creativity in the animation is serviceable at best.", "visuals", "negative"],
    ["The narrative is highly episodic and only intermittently engaging.", "writing", "negative"],
    ["In spite of its sporadically flat direction, it is passable.", "direction", "negative"],
    [
      "Offers precious little in the way of real scares or engaging characters.",
      "writing",
      "negative",
    ],
    ["This film is a triumph of style over substance.", "writing", "negative"],
    // The film imagined without it, and what keeps the film from something (rt-reviews lines
    // 39573, 25857).
    ["Without the humor, the film would have been unwatchably morose.", "humor", "positive"],
    ["Without the music, it would have been much better.", "music", "negative"],
    [
      "What keeps the whole thing from toppling into an abyss of unwatchable TV drama histrionics is a pair of dynamite performances from Annette Bening and Naomi Watts.",
      "acting",
      "positive",
    ],
    ["What keeps it from greatness is its clumsy script.", "writing", "negative"],
    // A term that is a complaint judges itself; one that praises names its aspect (rt-reviews
    // lines 46709, 7667, 54327); "less funny than formulaic" is formulaic (21740).
    [
      "Step Up movies are known for their trite, formulaic plots and eye-catching dance set-pieces, and this instalment in the series certainly won't disappoint the fans.",
      "writing",
      "negative",
    ],
    ["Lovely performances elevate this predictable drama.", "writing", "negative"],
    ["Coneheads falls flat about as often as it turns funny.", "humor", "negative"],
    ["The end product feels less funny than formulaic.", "writing", "negative"],
    ["Terrific dance sequences make up for subpar acting, plot.", "acting", "negative"],
    // What compensates for the film's faults is praised (rt-reviews, 2026-12-06; its list
    // shortened: past a comma, as with "make up for", the clause is not read so far).
    [
      "David Lean's restrained direction and Venice's alluring sights compensate considerably for a plot that's borderline banal and schmaltzy.",
      "direction",
      "positive",
    ],
    ["David Lean's direction compensates for a banal plot.", "writing", "negative"],
    // Words for what is stuck on or laid on too thick (Jacob's Ladder's page, rt-reviews,
    // 2026-12-04, fourteenth session): "tacked-on", "cop-out", "corny", "sappy", "maudlin" …
    [
      "An absorbing mindblender cut short by a tacked-on political ending that tries to assign meaning to it all.",
      "writing",
      "negative",
    ],
    ["Blistering comedy run aground by cop-out ending.", "writing", "negative"],
    // Words that judge only what they modify (Flightplan's page, rt-reviews, 2026-12-04).
    [
      "Jodie Foster's fiercely intelligent performance drives this disappointing thriller.",
      "acting",
      "positive",
    ],
    [
      "Their performances make up for the meandering plot and occasional missteps.",
      "writing",
      "negative",
    ],
    // A denied "one of" reaches its ranking (Bruce Almighty's page, imdb-reviews).
    ["It wasn't one of Jim Carrey's best performances.", "acting", "negative"],
    // What is hard to care about (So I Married an Axe Murderer's page, rt-reviews).
    [
      "Works in bits and pieces and it's hard to care about the plot very much.",
      "writing",
      "negative",
    ],
    // What elevates the film from something, what is there to fill its length (Hitch's and
    // Paris, I Love You's pages, 2026-12-04).
    [
      "Undemanding romantic comedy elevated from formula dreck by the considerable charisma of Will Smith.",
      "acting",
      "positive",
    ],
    [
      "A mixed bag of great work along with slight drivel to fill the runtime.",
      "pacing",
      "negative",
    ],
    ["Pino Donaggio's brilliant film score is the finest of his career.", "music", "positive"],
    // "Too deliberate" (Revolutionary Road's page, rt-reviews, 2026-12-04).
    [
      "Mendes' second dissection of suburbia is too studied and deliberate in the first acts before generating emotional power.",
      "pacing",
      "negative",
    ],
    [
      "Glimcher directs with little style and keeps the pace too low at times.",
      "pacing",
      "negative",
    ],
    // An opinion never held (The Ladies Man's page, imdb-reviews, 2026-12-04).
    // The story put second (Paranoid Park's page, rt-reviews, 2026-12-04).
    ["It's a triumph of style and mood over story.", "writing", "negative"],
    ["It favors spectacle over story.", "writing", "negative"],
    ["I never thought he was a particularly good actor on SNL.", "acting", "negative"],
    ["I never thought Jordi Molla could be such a great director.", "direction", "positive"],
    ["I don't think that I'd have laughed at the feeble attempts at humor.", "humor", "negative"],
    [
      "His blank face and wooden dialogue delivery are so bad I couldn't believe it.",
      "acting",
      "negative",
    ],
    [
      "The juvenile actors come off as brats, and the pacing is slowed by treacly speeches.",
      "pacing",
      "negative",
    ],
    // What a sentence concedes goes against the rest of it (rt-reviews lines 1263, 18930,
    // 6159); "none-too-funny", a "winning cast", "unlike formulaic Hollywood movies" (5193,
    // 9593, 1542).
    ["A small, poignant gem despite its laggardly pacing.", "pacing", "negative"],
    ["A disappointing outing, despite its many laughs and inside jokes.", "humor", "positive"],
    // A conceded cue gives way to the rest's cue for the same aspect; alone, it stands.
    ["Despite its long running time, it never drags.", "pacing", "positive"],
    ["Despite a brisk pace, it feels long.", "pacing", "negative"],
    ["Despite some slow stretches, the film is a delight.", "pacing", "negative"],
    // Conceded, and judged in words of its own outside the concession: the aspect speaks
    // there (rt-reviews lines; "an epic premise …, the characters are under-written" is still
    // read as praise: "under-written" is no judging word).
    [
      "Despite a potentially decent premise, this is a disappointing romance, let down by terrible dialogue, poor plotting, severe miscasting.",
      "writing",
      "negative",
    ],
    ["Despite its cast, it's a bit thin on the acting.", "acting", "negative"],
    [
      "Short on laughs despite being an easy concept for witty writers, the film flaunts lame dialogue.",
      "writing",
      "negative",
    ],
    // What is almost laughed at, never even remotely close to funny, or forgotten is missed.
    ["I almost laughed when Wayans pulled out a pair of nunchucks.", "humor", "negative"],
    ["But it was never even remotely close to being funny.", "humor", "negative"],
    ["Mr. Burns has forgotten to make the characters likeable.", "writing", "negative"],
    ["Offensive cliches that it would be funny if they weren't so offensive.", "humor", "negative"],
    // What it would be good but for is faulted, what it would be bad but for is praised; what
    // "doesn't mean" it is, it is not.
    [
      "This would be infinitely more likeable if it wasn't for some irritatingly unreal plot development.",
      "writing",
      "negative",
    ],
    ["Were it not for the A-list cast, it would go straight to video.", "acting", "positive"],
    ["But that doesn't mean this is a predictable movie.", "writing", "positive"],
    [
      "Director Barry Battles seems to believe his three grubby main characters are more charming than they are.",
      "writing",
      "negative",
    ],
    // From the dev half's misses: a lack, diminishing returns, the only laughs, an eternity.
    ["I, Frankenstein is completely missing a funny bone.", "humor", "negative"],
    ["Offers diminishing returns in both laughs and heart.", "humor", "negative"],
    ["The only funny parts were in the trailers.", "humor", "negative"],
    ["I only laughed twice.", "humor", "negative"],
    ["The movie wasn't that long but to us it seemed like an eternity.", "pacing", "negative"],
    [
      "Before the rich boy is shown to be a sweet kid, the whole story turns to mush.",
      "writing",
      "negative",
    ],
    ["Here's a badly acted movie with a terrific story line.", "acting", "negative"],
    ["Not badly executed, but not the least bit original either.", "direction", "positive"],
    [
      "Even with a too-cute script, divorcee romantic comedy is passable thanks to Diane Lane.",
      "writing",
      "negative",
    ],
    [
      "The pigeonholed characters constrict Chestnut and the usually good Henson from portraying fully developed adults.",
      "acting",
      "negative",
    ],
    [
      "A powerful movie that loses some of its momentum by touching on too many stories.",
      "pacing",
      "negative",
    ],
    // A film animated some way is its look (rt-reviews: all 17 it changes).
    [
      "While Bolt isn't as funny, memorable or inspired as the animation classic from which it pilfers, it's still beautifully animated.",
      "visuals",
      "positive",
    ],
    ["A badly animated, dispassionate and irresolute mess.", "visuals", "negative"],
    // "Slower" faults as "slow" does (rt-reviews: all 7 it changes).
    ["The James Bond plot unfolds just like you'd suspect, only slower.", "pacing", "negative"],
    ["The funny stuff outweighs the slower parts.", "pacing", "negative"],
    [
      "Despite its big battle scenes and epic craftsmanship, Ridley Scott's Gladiator lacks the spirit and the true heart of a legendary epic.",
      "effects",
      "positive",
    ],
    ["[A] crass, trashy and none-too-funny comedy.", "humor", "negative"],
    [
      "It remains perilously slim in the story department, but glides over the thin ice with technical razzle-dazzle and an exceptionally winning cast.",
      "acting",
      "positive",
    ],
    [
      "A sweet, humane bit of entertainment that - unlike formulaic Hollywood movies - doesn't condescend to its audience.",
      "writing",
      "positive",
    ],
    // A sentence that opens by conceding speaks in the clause after (rt-reviews lines 36159,
    // 48944); "vacant" faults (17854).
    [
      "While it tries to intentionally funny, some of the humour merely falls flat on its face.",
      "humor",
      "negative",
    ],
    [
      "While the film is the first of the genuinely bloated Bond movies, it only rarely drags.",
      "pacing",
      "positive",
    ],
    ["A rather vacant performance at its center.", "acting", "negative"],
    // What makes a faulted thing feel otherwise is praised; the thing stays faulted.
    ["The cast and crew make the tired formula feel fresh.", "acting", "positive"],
    ["The cast and crew make the tired formula feel fresh.", "writing", "negative"],
    ["The actors make the clichéd script sound natural.", "acting", "positive"],
    // rt-reviews line 37481: the performances are praised, the narrative faulted.
    [
      "Striking performances from Keira Knightley and Sienna Miller fail to compensate for the film's lack of narrative clarity.",
      "acting",
      "positive",
    ],
    // A judging word quoted alone is someone else's (rt-reviews line 8894: Ed Wood's).
    [
      "Droll and witty, Burton's tribute evokes the career of Hollywood's \"worst\" director by making a most stylishly polished production",
      "direction",
      "positive",
    ],
  ])("%s — %s %s", (sentence, aspect, polarity) => {
    expect(read(sentence).get(aspect)?.polarity).toBe(polarity);
  });
});

test("a director's credit aside is judged by what follows it, quoted from the name", () => {
  const direction = read(
    "Mr. Almodovar, who wrote as well as directed, does not quite bring the events together, but his wry attitude is not lost.",
  ).get("direction");
  expect(direction?.polarity).toBe("negative");
  expect(direction?.clause).toBe(
    "Mr. Almodovar, who wrote as well as directed, does not quite bring the events together",
  );
  expect(
    read("Things go as you expect, but Curtis Hanson, who directed, manages to make it work.").get(
      "direction",
    )?.polarity,
  ).toBe("positive");
  // (Not an aside that says how: "who directed it with great care" judges itself.)
  expect(
    read("Fincher, who directed it with great care, makes it sing.").get("direction")?.clause,
  ).toBe("who directed it with great care, makes it sing.");
});

test("a director named as the film's guide is judged by the clause after, quoted with it", () => {
  const direction = read(
    "Under the guidance of director Jon Favreau, the film soars to great heights.",
  ).get("direction");
  expect(direction?.polarity).toBe("positive");
  expect(direction?.clause).toBe(
    "Under the guidance of director Jon Favreau, the film soars to great heights.",
  );
});

test("what is conceded and judged again is quoted where it is judged again", () => {
  const sag = read(
    "And despite clocking in at a reasonable running time, it has a big sag in the middle.",
  ).get("pacing");
  expect(sag?.clause).toBe("it has a big sag in the middle.");
  expect(sag?.polarity).toBe("negative");
});

describe("aspects: cast and directors judged by name", () => {
  const people = [
    { name: "Clint Eastwood", role: "director" as const },
    { name: "Elisabeth Moss", role: "cast" as const },
  ];
  const named = (sentence: string, titles: string[] = []) =>
    new Map(
      aspectsInSentence(sentence, (clause) => model.clauseLean(clause), people, titles).map((a) => [
        a.aspect,
        a.polarity,
      ]),
    );

  test("a name in a clause that judges is the person's work judged", () => {
    expect(named("Eastwood is in fine form here.").get("direction")).toBe("positive");
    expect(named("Moss is superb.").get("acting")).toBe("positive");
  });

  // Read on Hereafter's page (rt-reviews): the film judged, its maker named as its maker.
  test.each<[string, string[]]>([
    ["Clint Eastwood's Hereafter is a bad movie, even an awful one.", ["Hereafter"]],
    ["I found Clint Eastwood's Cape Fear to be a very bad film indeed.", []],
    ["Eastwood's latest film is good for what ails you.", []],
    // A director who also acts (Hamlet's page, imdb-reviews, 2026-12-04, fourteenth session).
    [
      "Sure, Olivier's presence was captivating, but I think Eastwood's performance is wonderful.",
      [],
    ],
    ["Eastwood's own turn as the old sheriff is the best thing in it.", []],
  ])("%s — no judgement of the direction", (sentence, titles) => {
    expect(named(sentence, titles).has("direction")).toBe(false);
  });

  // Read in rt-reviews (2026-12-04, thirteenth session): no credits needed, the verb and its
  // film say who made it.
  test("someone who made, crafted or fashioned a film is its director, credited or not", () => {
    expect(
      read("Out of all this, Eastwood crafts an often beautiful film.").get("direction")?.polarity,
    ).toBe("positive");
    expect(
      read("Woody Allen has made a wonderful new picture, and it's his best work in years.").get(
        "direction",
      )?.polarity,
    ).toBe("positive");
    expect(
      read("With Bright Star, writer/director Jane Campion has made a film of quiet beauty.").has(
        "direction",
      ),
    ).toBe(true);
    // Not a role, the film made something by an actor, an actor's debut, a studio or an adverb.
    for (const sentence of [
      "Liam Neeson makes a great Mark Felt.",
      "Parker Posey makes this movie great.",
      "Mike Epps makes his motion picture acting debut with Next Friday.",
      "Chevy Chase and Richard Belzer made their feature film debuts here.",
      "Pixar has made a movie about toys that is a delight.",
      "Quietly makes a Regent-era, circumspect romance palpable.",
      "What makes the film so interesting is its honesty.",
    ])
      expect(read(sentence).has("direction"), sentence).toBe(false);
  });

  // rt-reviews (2026-12-07, the forty-fifth session): the material a named filmmaker handles,
  // stages or orchestrates.
  test("someone who handles or stages the material, or builds its tension, is its director", () => {
    for (const sentence of [
      "Russell handles the shifts in tone extremely effectively.",
      "Forster handles the comedy with skill and the sentiment with restraint.",
      "Howard Hawks stages the definitive cow opera with beautiful, lyrical, exciting sequences.",
      "Ritchie orchestrates the plots and anti-plots with the delight of a sadistic child.",
      "Dahl expertly ratchets up the tension into an edge-of-your-seat frenzy.",
      "Koepp keeps the suspense going.",
    ])
      expect(read(sentence).get("direction")?.polarity, sentence).toBe("positive");
    // Not a role or a performer's lines, nor what a pronoun handles.
    for (const sentence of [
      "Moore handles the role beautifully.",
      "Roscoe Karns handles the fast-talking dialogue as a brash radio announcer.",
      "Not only can she carry a lead, but she handles heartfelt moments of joy and sorrow.",
    ])
      expect(read(sentence).has("direction"), sentence).toBe(false);
  });

  // Read in imdb-reviews: Song Kang-ho, Lee Pace, Brenda Song; a headline's capitals name nothing.
  test("a word of a credited name is no aspect's term", () => {
    const credited = [
      { name: "Kang-ho Song", role: "cast" as const },
      { name: "Lee Pace", role: "cast" as const },
      { name: "Tim Story", role: "director" as const },
    ];
    const found = (sentence: string) =>
      aspectsInSentence(sentence, (clause) => model.clauseLean(clause), credited).map(
        (a) => a.aspect,
      );
    expect(found("Mr. Song has a much smaller role in this film than in others.")).not.toContain(
      "music",
    );
    expect(found("Lee Pace is tender, soft and contained.")).not.toContain("pacing");
    expect(found("Tim Story's film wears you down until you relent.")).not.toContain("writing");
    expect(found("The song is lovely and the pace never flags.")).toEqual(["pacing", "music"]);
    expect(found("Its Song Is Lovely And Touching.")).toContain("music");
  });
});

describe("aspects: each judged by its own clause", () => {
  test("after a contrast, the later clause speaks for the aspect", () => {
    const found = read("It's a powerful story, but it gets lost in lesser plot points.");
    expect(found.get("writing")).toMatchObject({ polarity: "negative" });
  });

  // Basic Instinct's page (rt-reviews, the New York Times): "the results are viscerally
  // effective even when they don't make sense" had been quoted as praise of the writing.
  test.each<[string, AspectName, "positive" | "negative"]>([
    [
      "The results are viscerally effective even when they don't make sense.",
      "writing",
      "negative",
    ],
    ["It's a blast even if the acting is wooden.", "acting", "negative"],
    ["The actors are terrific even when the script lets them down.", "acting", "positive"],
    ["The actors are terrific even when the script lets them down.", "writing", "negative"],
    ["Lee's experiment is arresting even when the film's story isn't.", "writing", "negative"],
  ])("a concession is a clause of its own: %s (%s)", (sentence, aspect, polarity) => {
    expect(read(sentence).get(aspect)?.polarity).toBe(polarity);
  });

  // imdb-reviews, The Dorm That Dripped Blood's page (2026-12-05): its Look quote had been
  // "The cinematography, gore (except for a couple scenes)", which judges nothing.
  test("an aspect judged by words outside its clause is quoted with them", () => {
    const found = read(
      "The cinematography, gore (except for a couple scenes), and overall direction all fail.",
    );
    expect(found.get("visuals")).toMatchObject({
      polarity: "negative",
      clause:
        "The cinematography, gore (except for a couple scenes), and overall direction all fail.",
    });
    expect(found.get("direction")?.clause).toBe("and overall direction all fail.");
  });

  test("a role described is not a performance judged", () => {
    const found = read("Sam Rockwell plays a violent and racist cop who finds redemption.");
    expect(found.get("acting")?.polarity).toBe("neutral");
    const judged = read("Sam Rockwell gives a superb performance as a violent cop.");
    expect(judged.get("acting")?.polarity).toBe("positive");
  });

  // Hitchcock (rt-reviews line 33153, fresh); Shadow of the Vampire; an IMDb user's review.
  test.each([
    "An overly literal idea of the brilliant director, but an entertaining visit to the set of a horror classic.",
    "A frivolous portrait of the director F.W. Murnau.",
    "Hopkins plays the brilliant director with relish and a fat suit.",
    // Shadow of the Vampire (rt-reviews); a review of Hong Sang-soo's film.
    "It tells the story of a filmmaker who wants to make a great horror movie.",
    "A wonderful romantic comedy-drama about a film director's uncertain relations with two women.",
    "It is not wise to cast himself in a role as a director.",
  ])("a director portrayed is the film's subject, not its direction: %s", (sentence) => {
    expect(read(sentence).get("direction")).toBeUndefined();
    // (The film's own director, judged, still is: "it played like the director lost his marbles".)
    expect(read("It played like the director lost his marbles.").get("direction")?.polarity).toBe(
      "negative",
    );
  });

  // Must Love Dogs and others (imdb-reviews): what is on camera or off it is the cast's doing
  // or the story's, not the look; the camera's own movement still is.
  test.each([
    "What I love is the match John Cusack and Diane Lane make on camera.",
    "Rarely has any actress looked so genuinely terrified on camera.",
    "Most of the violence happens off-camera, which is a relief.",
  ])("on camera or off it is no look: %s", (sentence) => {
    expect(read(sentence).get("visuals")).toBeUndefined();
    expect(
      read("It relies on camera movement to generate excitement.").get("visuals"),
    ).toBeDefined();
  });

  // Dominion and others (rt-reviews): "executed" before another aspect's noun is how that was done.
  test.each([
    "Unintentionally funny dialogue and poorly executed special effects.",
    "Earns laughs with some well-executed set-pieces.",
    "A well-executed character study populated with substantial characters.",
  ])("what was executed is judged, not the direction: %s", (sentence) => {
    expect(read(sentence).get("direction")).toBeUndefined();
    expect(read("The action is deftly executed.").get("direction")?.polarity).toBe("positive");
  });

  test("a writer played is a role, not the writing", () => {
    const sentence =
      "Ben Stiller proves his acting chops in this atypical role as a heroin-addicted television writer.";
    expect(read(sentence).get("writing")).toBeUndefined();
    expect(read("The writers are brilliant.").get("writing")?.polarity).toBe("positive");
  });

  // All Dogs Go to Heaven, Freddy's Dead, Brokedown Palace (imdb-reviews).
  test.each<[string, AspectName]>([
    ["But before long, Don Bluth had his first major misfire.", "pacing"],
    ["Krueger uses him to get into contact with his long lost daughter.", "pacing"],
    ["Things have a funny way of happening.", "humor"],
    // … nor behaving, as "acting" is in "coeds acting bitchy" (Heathers) and "acting like boys".
    ["A pointless satire on high school coeds acting bitchy and hanging out in cliques.", "acting"],
    ["Pegg and Frost play men who refuse to stop acting like boys.", "acting"],
    // An actor's craft is no direction (Must Love Dogs' page).
    ["Lane, who's honed her acting craft to perfection, wins best in show here.", "direction"],
    ["A must-see film for people who want to learn the technical craft of acting.", "direction"],
    // … nor a length that is the story's (imdb-reviews; Love Story's page).
    ["Gammera is riled from a centuries long slumber by a nuclear blast.", "pacing"],
    ["This one is so old by now it has a beard a mile long.", "pacing"],
    ["It was another of those good shows that don't have a very long life.", "pacing"],
    // "Color me impressed" says how the critic was; "to lead" is no lead role (rt-reviews).
    ["Color me impressed.", "visuals"],
    ["Natural Born Killers: Directors Cut.", "direction"],
    ["A hammy cast and a never-ending roster of zingy one-liners.", "writing"],
    ["If I sound cynical, it's because I am fed up with movies hawking an agenda.", "music"],
    ["But the great Harry Potter should be casting a more powerful spell.", "acting"],
    ["Its opinion of its audience should depress moviegoers of any color.", "visuals"],
    [
      "It still resonates as a story about a woman of great power fighting to lead amongst men.",
      "acting",
    ],
  ])("an idiom names no aspect: %s", (sentence, aspect) => {
    expect(read(sentence).get(aspect)).toBeUndefined();
    expect(read("It feels at least fifteen thousand years long.").get("pacing")?.polarity).toBe(
      "negative",
    );
    expect(read("The movie doesn't need acting like that.").get("acting")).toBeDefined();
  });

  // Anchors Aweigh's page (imdb-reviews), Doom's, CQ's: what other films have is theirs.
  test.each<[string, AspectName]>([
    ["I just watched another film that happened to have outstanding music.", "music"],
    ["On the DVD there were previews of other movies that all look good.", "visuals"],
    ["Like most films that use video games as source material, it is dull.", "writing"],
  ])("other films judged are not this one: %s", (sentence, aspect) => {
    expect(read(sentence).get(aspect)).toBeUndefined();
    expect(read("Yet another movie that has a great story.").get("writing")?.polarity).toBe(
      "positive",
    );
  });

  // Read on Before Sunrise's, Cliffhanger's, Emma's, An American in Paris's, Married to the
  // Mob's and Higher Learning's pages.
  test.each<[string, AspectName]>([
    ["The funniest scene was their listening to CD in a music store.", "music"],
    ["Timberlake ought to have stayed in the music industry.", "music"],
    ["See it on the largest TV possible with a great sound system.", "music"],
    ["That peculiar falsetto self-satisfied sing-song is nothing like how people spoke.", "music"],
    ["I looked it up and it had an IMDb score of more than 7/10.", "music"],
    ["Overall score: ** out of **********", "music"],
    ["I'd vote the lowest score possible.", "music"],
    ["An Arnold Schwarzenegger look-and-sound-alike.", "music"],
    ["She isn't a great dancer and she's not good looking at all.", "visuals"],
    ["Right down to the colorful names like Vinnie The Slug.", "visuals"],
    ["What sets Higher Learning apart is its ham-fisted way with racism.", "visuals"],
  ])("no aspect of the film's own: %s", (sentence, aspect) => {
    expect(read(sentence).get(aspect)).toBeUndefined();
    expect(read("The music is great and the sets are gorgeous.").get("music")?.polarity).toBe(
      "positive",
    );
    expect(read("An above average score is thrown in.").get("music")).toBeDefined();
  });

  // 1,794 pacing judgements of an rt-reviews + imdb-reviews import quoted "minutes" and 542
  // "hours"; most were a moment of the film or of a viewer's evening.
  test.each([
    "And the film's last eight minutes are philosophically mesmerizing.",
    "The last fifteen minutes are extremely stupid and almost ruin all that good stuff.",
    "I saw the first five minutes of this movie on TBS, knowing it would be bad.",
    "Tony Todd was only in it for a whole TWO MINUTES (seriously)!",
    "Save 90 minutes of your life and don't watch this movie!",
    "The entire town found out about it within minutes.",
    "What a waste of two hours.",
    "The job involves lifting 50 cars in 24 hours.",
  ])("minutes and hours that are a moment, not the film's length or pace: %s", (sentence) => {
    expect(read(sentence).get("pacing")).toBeUndefined();
  });

  test.each<[string, "positive" | "negative"]>([
    ["At 100 minutes, it's just right.", "positive"],
    ["The downside is that it's only 20 minutes long.", "negative"],
    ["The film runs 76 minutes and still feels padded.", "negative"],
    ["The first 40 minutes are a total bore.", "negative"],
    ["These were over 80 minutes of sheer boredom.", "negative"],
    ["In the first 15 minutes, there wasn't anything to keep my interest.", "negative"],
    ["It could be reduced to 25 minutes without any loss of plot.", "negative"],
    ["Ten minutes worth of story stretched out into the better part of two hours.", "negative"],
    ["A bloated drama that rambles on for two hours and thirty-two minutes.", "negative"],
  ])("minutes and hours that measure the film or its pace: %s", (sentence, polarity) => {
    expect(read(sentence).get("pacing")?.polarity).toBe(polarity);
  });

  // Of 20 pacing judgements quoting "long" at random (a strength-3 cue), 15 were hair, lines,
  // years, a standing ovation or camera shots.
  test.each([
    "The long early scene at the fair was especially poignant.",
    "With his long, scruffy black hair, greasy mustache and foul mouth.",
    "Long live the King!",
    "It didn't stay long in theaters in my big city.",
    "Customers were waiting in long lines wherever the film was launched.",
    "The fight starts off with some fairly regular long shots.",
  ])("'long' that is not the film's length: %s", (sentence) => {
    expect(read(sentence).get("pacing")).toBeUndefined();
  });

  test.each([
    "A little long and pushy.",
    "Runs a little long, but it will warm your heart.",
    "There's a painfully long scene in a restaurant.",
    "A long, loud, stupid road picture.",
    "Overly long and overstuffed, there's just not enough here for a recommendation.",
    "The conversations in the film are long and unnecessarily verbose.",
  ])("'long' that is the film's length, or a stretch of it said to be too long: %s", (sentence) => {
    expect(read(sentence).get("pacing")?.polarity).toBe("negative");
  });

  // Of 25 pacing judgements quoting "slowly" at random, 16 were a character, a camera or a
  // monster going slowly.
  test.each([
    "But Adams slowly becomes aware that something is wrong with the baby.",
    "Director Susanna White has the camera slowly pan upwards.",
    "Albeit monsters that move slowly and can be squished under your boot.",
    "Philip, broke and heart-sick, slowly gets his life back together.",
  ])("'slowly' that is not the film's pace: %s", (sentence) => {
    expect(read(sentence).get("pacing")).toBeUndefined();
  });

  test.each<[string, "positive" | "negative"]>([
    ["The film starts out very slowly, with the lifestyle of an attendant.", "negative"],
    ["It moves awfully slowly, with little dramatic tension.", "negative"],
    ["It manages to build slowly into a whimsically charming story.", "positive"],
    // A slow build is no complaint by itself (imdb-reviews and rt-reviews imports, 2026-12-06:
    // "the film's effect derives far more from its slow build-up" had faulted the pacing).
    ["The slow build-up makes the ending all the more powerful.", "positive"],
    ["It's a slow-building thriller that pays off.", "positive"],
  ])("'slowly' that is the film's pace: %s", (sentence, polarity) => {
    expect(read(sentence).get("pacing")?.polarity).toBe(polarity);
  });

  test.each([
    "This movie was filmed in a magnificent natural environment.",
    "The interview was filmed before the movie was released.",
    "This formula has been filmed several times, most recently as You've Got Mail.",
    "Good western filmed in the rocky Arizona wilds.",
  ])("'filmed' that says where or when, not how: %s", (sentence) => {
    expect(read(sentence).get("visuals")).toBeUndefined();
  });

  test.each<[string, "positive" | "negative"]>([
    ["Even in the flatly filmed ballet sequences.", "negative"],
    ["It's beautifully written and filmed.", "positive"],
    ["The directors have filmed this movie very well.", "positive"],
    ["I also loved the way the movie was filmed, in that grainy, surreal type of way.", "positive"],
  ])("'filmed' that says how: %s", (sentence, polarity) => {
    expect(read(sentence).get("visuals")?.polarity).toBe(polarity);
  });

  // Laughing at a film, not with it (imdb-reviews; Alone in the Dark's page).
  test.each([
    "You'll laugh at what are supposed to be frightening or suspenseful moments of the film.",
    "It's impossible not to laugh out loud at scenes intended to be scary or serious.",
    "The film's single-minded approach results in a good deal of unintentional laughter.",
    "This movie is so bad it's funny.",
  ])("humour the film did not mean is a complaint: %s", (sentence) => {
    expect(read(sentence).get("humor")?.polarity).toBe("negative");
    expect(read("The jokes are funny and I laughed a lot.").get("humor")?.polarity).toBe(
      "positive",
    );
  });

  test("what was supposed to be good, past its article, is faulted", () => {
    expect(
      read("It is the worst film ever because he's supposed to be a good director.").get(
        "direction",
      )?.polarity,
    ).toBe("negative");
    expect(
      read("In what's supposed to be a funny scene, plaster falls.").get("humor")?.polarity,
    ).toBe("negative");
    expect(lexicalLean("he is a good director")).toBeGreaterThan(0);
  });

  test("what is only called good is faulted (imdb-reviews, 2026-12-06)", () => {
    expect(
      read("It will also annoy you with the so called funny moments in it.").get("humor")?.polarity,
    ).toBe("negative");
    expect(read("Its so-called hilarious gags never land.").get("humor")?.polarity).toBe(
      "negative",
    );
    expect(read("This is what we call a funny script.").get("humor")?.polarity).toBe("positive");
    // A film that drags badly still drags.
    expect(read("The film drags badly around the midpoint.").get("pacing")?.polarity).toBe(
      "negative",
    );
  });

  test.each([
    "The story line in general sets your teeth on edge.",
    "Astro Boy definitely sets himself up for a sequel.",
    "The director sets everything up too predictably.",
    "The subtle touches with which she sets each scene force you to take her seriously.",
  ])("'sets' that is a verb is no look: %s", (sentence) => {
    expect(read(sentence).get("visuals")).toBeUndefined();
    expect(read("The sets are gorgeous.").get("visuals")?.polarity).toBe("positive");
  });

  test("what is not forgotten or missed keeps its judgement", () => {
    expect(read("And we can't forget the terrible editing either.").get("editing")?.polarity).toBe(
      "negative",
    );
    expect(lexicalLean("don't miss the great car chase")).toBeGreaterThan(0);
    expect(lexicalLean("the editing is not terrible")).toBeGreaterThan(0);
    // (imdb-reviews, 2026-12-05)
    expect(lexicalLean("and of course not forgetting the bad acting")).toBeLessThan(0);
    expect(lexicalLean("the acting was, almost without exception, awful")).toBeLessThan(0);
  });

  // rt-reviews (Garbo, Scott): performers judged by their names alone.
  test.each<[string, "positive" | "negative"]>([
    ["Garbo throws herself into the fray with engaging vigour.", "positive"],
    ["The observations are quick and smart, and Scott effortlessly steals the show.", "positive"],
    ["Lee Evans steals every scene he's in.", "positive"],
    ["The two main actors over-act the entire film.", "negative"],
  ])("what only a performer does is acting: %s", (sentence, polarity) => {
    expect(read(sentence).get("acting")?.polarity).toBe(polarity);
    expect(read("A man willing to throw himself into a river full of crocs.").get("acting")).toBe(
      undefined,
    );
  });

  test.each([
    "His chagrin was not due to skin color.",
    "At least the same hair color!!!",
    "Every character had an element of the color purple in them.",
    "The rug was green in color instead of red.",
    "Nobody can get their hands on a color print of this public domain film.",
  ])("a colour that is no colour of the film's look: %s", (sentence) => {
    expect(read(sentence).get("visuals")).toBeUndefined();
    expect(read("The color is fantastic.").get("visuals")?.polarity).toBe("positive");
  });

  test.each([
    "Non-rugby fans may find their patience tested.",
    "It's one of the year's most confident films, but it requires patience.",
    "My patience ran out after an hour.",
  ])("a film that tries the viewer's patience is slow, by a cue: %s", (sentence) => {
    expect(read(sentence).get("pacing")).toMatchObject({ polarity: "negative", strength: 3 });
    // (Still a pacing term, but no cue: the film is not what requires it.)
    const protagonist = read("A protagonist who requires some patience and forgiveness.");
    expect(protagonist.get("pacing")?.strength ?? 0).toBeLessThan(3);
  });

  // rt-reviews and imdb-reviews (2026-12-04): words critics use of one aspect that no term named.
  test.each<[string, AspectName, "positive" | "negative"]>([
    ["Richly imagined, robustly performed, and a gem.", "acting", "positive"],
    ["A brilliantly performed, gut-wrenchingly sad flick.", "acting", "positive"],
    ["A great-looking but stupefyingly incoherent supernatural thriller.", "visuals", "positive"],
    ["A great-looking but stupefyingly incoherent supernatural thriller.", "writing", "negative"],
    ["A cheap-looking quickie feature.", "visuals", "negative"],
    ["Too bad this reunion movie is so absurdly incoherent.", "writing", "negative"],
    ["Swapping politics for crass platitudes.", "writing", "negative"],
    ["Next Friday's a chronic snore.", "pacing", "negative"],
    ["A snoozer featuring a lame-o family.", "pacing", "negative"],
    ["Great script, good one-liners, fine acting.", "humor", "positive"],
    ["It's aggressively pacey and overloaded with smug one-liners.", "humor", "negative"],
    ["Poignant, humanistic and irresistibly comic.", "humor", "positive"],
    ["It is a deeply personal, exquisitely shot film.", "visuals", "positive"],
    ["The film is not particularly well-shot.", "visuals", "negative"],
    ["It takes awhile to get going but, still, it's rather sweet.", "pacing", "negative"],
    [
      "More proof that performance capture is a terrible idea for animated films.",
      "effects",
      "negative",
    ],
    ["It's Robinson's delicate touch that keeps us watching.", "direction", "positive"],
    ["Eastwood's modest approach shames the usual Hollywood showboating.", "direction", "positive"],
    [
      "It's impossible not to be moved by the intensity of Tarkovsky's vision.",
      "direction",
      "positive",
    ],
    ["Ang Lee's approach is too earnest and clumsy.", "direction", "negative"],
    ["It's a leaden affair from start to finish.", "pacing", "negative"],
    ["Masterfully constructed and yet eventually rather wearisome.", "pacing", "negative"],
    ["Mark Felt is a frantic, over-detailed yawn.", "pacing", "negative"],
    ["This tepid trudge through the shallow stuff of men disappoints.", "pacing", "negative"],
    ["First Reformed is a compelling slow burn.", "pacing", "positive"],
    ["This boy-meets-girl movie is a chore to sit through.", "pacing", "negative"],
    ["The movie is never a chore to watch.", "pacing", "positive"],
    ["This wearying dramatic thriller is heavy-handed.", "pacing", "negative"],
    ["A parade of hollow didactic encounters.", "writing", "negative"],
    [
      "Hard-edged and harrowed, Rosamund Pike is magnificent in A Private War.",
      "acting",
      "positive",
    ],
    [
      "Philip Seymour Hoffman is excellent in this simmering espionage thriller.",
      "acting",
      "positive",
    ],
    ["Juliette Lewis is annoying in every scene.", "acting", "negative"],
    // Identity Thief's page had quoted it as the writing's praise (rt-reviews line 8494).
    [
      "For all of its extraneous subplots and contrived scripting [the film's] got one decidedly potent weapon in the form of the fearless dynamo Melissa McCarthy.",
      "writing",
      "negative",
    ],
    [
      "With a stacked cast, and sharp scripting and direction from Russell, it entertains.",
      "writing",
      "positive",
    ],
  ])("a word of one aspect: %s (%s)", (sentence, aspect, polarity) => {
    expect(read(sentence).get(aspect)?.polarity).toBe(polarity);
  });

  // rt-reviews (2026-12-04, the eleventh session): a surname with a capital inside, and the
  // story told before, the sense it makes, its ideas, a reason to care.
  test.each<[string, AspectName, "positive" | "negative"]>([
    ["Frances McDormand is superb in this hard-hitting crime drama.", "acting", "positive"],
    ["Leonardo DiCaprio is terrific in The Revenant.", "acting", "positive"],
    [
      "A movie we've seen and heard before, fresher, cuter and five years ago.",
      "writing",
      "negative",
    ],
    ["We've heard it all before.", "writing", "negative"],
    ["A cute premise, but it has all been done before.", "writing", "negative"],
    ["It will seem awfully familiar territory.", "writing", "negative"],
    ["It follows the weary, well-worn path of so many scare-fests.", "writing", "negative"],
    ["A ridiculous, confusing mess that just doesn't make any sense.", "writing", "negative"],
    ["Passable drama has great dancers but no originality.", "writing", "negative"],
    [
      "Offers precious little in the way of real scares, and even less in original ideas.",
      "writing",
      "negative",
    ],
    ["Exploding with originality and verve, it is an absolute delight.", "writing", "positive"],
    [
      "Wonderland never gives us a single reason to care about any of these people.",
      "writing",
      "negative",
    ],
    ["Early Man: what it lacks in originality it makes up for in charm.", "writing", "negative"],
    ["Universal seems to be running out of new ideas.", "writing", "negative"],
    ["While it's not entirely lacking in sharp dialogue, it is a mess.", "writing", "positive"],
  ])("told before, no sense, no new ideas: %s (%s)", (sentence, aspect, polarity) => {
    expect(read(sentence).get(aspect)?.polarity).toBe(polarity);
  });

  // rt-reviews (2026-12-04, eleventh session): a surname alone, or a full name then "as",
  // judged by a performer's word, is the acting, by that word ("phenomenal" praises whatever
  // the role it plays is like).
  // Final Destination's page (2026-12-04): a list of lacks is quoted from what it hangs from,
  // not from an item that alone reads as praise ("humor, credible characters …").
  test("a list of what a film lacks is quoted from its lack", () => {
    const found = read(
      "Devoid of logic, suspense, humor, credible characters or even a whiff of imagination, Final Destination deserves an untimely demise of its own.",
    );
    expect(found.get("writing")?.clause).toBe(
      "Devoid of logic, suspense, humor, credible characters or even a whiff of imagination",
    );
    expect(found.get("writing")?.polarity).toBe("negative");
    // Not from an idiom ("for lack of a better word") or a clause of its own.
    expect(
      read("The acting, for lack of a better word, is atrocious, the screenplay sloppy.").get(
        "writing",
      )?.clause,
    ).not.toMatch(/^for lack/);
  });

  test("a place, or the film, that looks lovely is the film's look", () => {
    expect(read("Paris looks lovely.").get("visuals")?.polarity).toBe("positive");
    expect(read("The film looks great.").get("visuals")?.polarity).toBe("positive");
  });

  test.each<[string, "positive" | "negative"]>([
    ["Pfeiffer is outstanding.", "positive"],
    ["Nolte is impressive, as is Charles Durning as the coach.", "positive"],
    ["By-the-numbers, but Cranston is always compelling.", "positive"],
    ["Smith and Bateman are great.", "positive"],
    ["Bruce Greenwood is exceptional as JFK -- quite a surprise.", "positive"],
    ["Cate Blanchett is outstanding as a married woman who falls for a younger woman.", "positive"],
    ["Close is unconvincing as a man, but accept the premise.", "negative"],
    ["Cal and Andre were phenomenal as the two disturbed classmates.", "positive"],
    ["Hanna Schygulla was magnificent as the cold, calculating Maria Braun.", "positive"],
    // More of the performer's words (2026-12-04, thirteenth session).
    ["Blanchett and Mara are hypnotic.", "positive"],
    ["Redgrave is radiant as the woman who is hoping for a romantic miracle.", "positive"],
    ["Lazenby is very weak, but the movie is rather good.", "negative"],
    ["Crenna and Eggar were flat.", "negative"],
    // Names listed, the last a full name, before a plural verb (rt-reviews, imdb-reviews).
    ["McQueen and Edward G. Robinson are aces.", "positive"],
    ["Jack Black and Cate Blanchett are fantastic.", "positive"],
    [
      "I'm not a big fan of Omar Epps, but Larry Fishburne, Kristy Swanson & Mike Rappaport were good.",
      "positive",
    ],
    // What a film is worth seeing for (2026-12-04, sixteenth session).
    ["The Infiltrator is worth seeing for Cranston alone.", "positive"],
    ["...worth watching for Sally Field alone.", "positive"],
    // What only a person is said to be (2026-12-04, sixteenth session).
    ["Aniston is a revelation; she shows more range here than in any of her films.", "positive"],
    ["Luciano Della Marra was a standout as Radames.", "positive"],
    ["Colvin was a force of nature.", "positive"],
    // A full name judged alone that starts with a given name (2026-12-07, forty-fifth session:
    // rt-reviews and imdb-reviews had read none of these), and a surname after a capitalized
    // "While" or "But".
    ["Tom Hanks is charming.", "positive"],
    ["Molly Ringwald is appealing, but the film has little else going for it.", "positive"],
    ["Besides, Pierre Fresnay is sublime.", "positive"],
    ["The villain, William Morgan Sheppard, was also excellent.", "positive"],
    ["Adam Sandler is annoying.", "negative"],
    [
      "While Hawke is excellent, the film's unrelenting bleakness makes for a punishing two hours.",
      "positive",
    ],
    ["But Montalban is fine.", "positive"],
    // What only a performer is said to do or be (2026-12-07).
    ["McDormand and Rockwell have never been better.", "positive"],
    ["Kevin Kline is by far the best thing in this movie.", "positive"],
    ["Caine looks embarrassed through the entire film, as well he might.", "negative"],
    ["Dafoe and Colagrande look bored during the sex scenes.", "negative"],
    ["Randolph Scott seems out of place.", "negative"],
    ["Amy Adams shines in this fabulous fable about what happens.", "positive"],
    ["Kathleen Turner shines as the stepmother.", "positive"],
    ["Garbo glows in her penultimate film.", "positive"],
    ["Sharif sparkles as a Turkish grocery store owner.", "positive"],
    ["Stylish, satirical and intriguing - and Penelope Cruz dazzles.", "positive"],
    ["Tom Hanks excels as the captain.", "positive"],
    // … and a performer's word before "but" or "and" (2026-12-07).
    ["Simon Pegg is hilarious and Edgar Wright directs with flair.", "positive"],
    ["Bruce Davison is convincing but all he can really play is a nice guy.", "positive"],
    ["Ashton Kutcher is flat but not terrible.", "negative"],
    // … and what a full name, not one word, is said to be (2026-12-07).
    ["Kevin Kline is a delight.", "positive"],
    ["Stanley Tucci, looking just like Terry O'Quinn, is a riot as the owner.", "positive"],
    ["But Michael Wilding is a joy in the film, charming, funny, debonair.", "positive"],
    // … and a name before an aside set off by commas (2026-12-07).
    ["Mamie Gummer, who plays Anne's youthful best friend, is wonderful.", "positive"],
    [
      "Jeffrey Wright, who I had never heard of before, is also excellent in this movie.",
      "positive",
    ],
    [
      "Mulroney, best known as the title character in a comedy, is by far the best thing about this.",
      "positive",
    ],
    // A job done well or badly, as a role or alone (imdb-reviews, 2026-12-07).
    ["Albert Finney does a great job as the ruthless father.", "positive"],
    ["Sean Connery did a good job.", "positive"],
    ["Jimmy and Drew did a fine job as a young love-struck couple.", "positive"],
    ["Clara Lago, who does a great job as Carol, is one to watch.", "positive"],
    ["Tom Hanks did a terrible job.", "negative"],
    // A part played well or badly (imdb-reviews, 2026-12-07).
    ["Dennis Quaid played the role to perfection.", "positive"],
    ["Darshan Jariwala has portrayed Gandhi wonderfully.", "positive"],
    ["Hanks plays him poorly.", "negative"],
  ])("a performer judged by name: %s", (sentence, polarity) => {
    expect(read(sentence).get("acting")?.polarity).toBe(polarity);
  });

  // A name looked for past an aside is looked for past one, not an aside's aside: a sentence
  // of 150,000 had recursed as deep and run out of stack (2026-12-07).
  test("a performer's name before asides upon asides: read, no stack overflow", () => {
    expect(() => read(`Tom Hanks${", who x,".repeat(150_000)} is great.`)).not.toThrow();
  });

  test.each([
    "Three Billboards is great.",
    "Logan Lucky is great fun.",
    "Everything is perfect in Vertigo.",
    "Obsessives are compelling.",
    "Ava DuVernay's Selma is good as you've heard.",
    "The film, in which Bale's character is terrific at lying, drags.",
    "On balance, Ghostbusters is a hoot.",
    "Rango is a delight for kids and adults.",
    "It's worth a look for Allen's legion of fans.",
    "It's worth seeing for Hollywood history buffs.",
    // A full name judged alone that starts with no given name, or with one that is as often a
    // word, or that does not open its clause (2026-12-07).
    "Heavenly Creatures is dazzling; a perversely original psychodrama.",
    "Star Wars is great.",
    "The score of James Newton Howard is absolutely great.",
    "The parts of this episodic biopic of war correspondent Marie Colvin are so strong.",
    "the songs by George and Ira Gershwin are terrific",
    "The premise is the best thing about the movie.",
    "Everything looks bored.",
    "Spielberg shines a light on the darkness.",
    "Nolan excels at set pieces.",
    "Kline is a delight.",
    "Liman has done a good job of making this old Cold War thriller seem born again.",
    "The movie does a good job.",
    "The rest of the feature plays so blandly and predictably.",
  ])("no performer judged by name: %s", (sentence) => {
    expect(read(sentence).get("acting")).toBeUndefined();
  });

  test("an aspect's own term before a performer's word is that aspect, not a name", () => {
    const cinematography = read("Cinematography is superb.");
    expect(cinematography.get("visuals")?.polarity).toBe("positive");
    expect(cinematography.get("acting")).toBeUndefined();
  });

  // The issue's own examples (2026-12-04): Friends with Kids quoted "… more of a drag than the
  // zippy supporting cast would suggest" as the acting's complaint; Grey Gardens, the Beales
  // "singing to each other" as the music's praise.
  test("'zippy' praises what it describes; singing to each other is no soundtrack", () => {
    const drag =
      "It has moments, but it's more of a drag than the zippy supporting cast would suggest.";
    expect(read(drag).get("acting")?.polarity).toBe("positive");
    expect(
      read("Dance numbers, zippy music and the whole formula are there.").get("music")?.polarity,
    ).toBe("positive");
    expect(
      read("They spend their days listening to the radio or singing to each other.").get("music"),
    ).toBeUndefined();
    expect(read("The singing is wonderful.").get("music")?.polarity).toBe("positive");
  });

  // Taking Woodstock's page quoted the first as the acting's praise (rt-reviews line 9875).
  test.each([
    'A gentle reminder that it was once possible to believe that "the flow" leads in a benign direction.',
    "Who knew the fourth sequel would not only refuel a flagging franchise, but lead the pack?",
    "A quietly important Hollywood movie that should hopefully lead the way for more diverse films.",
  ])("to lead the way, the pack or in a direction is no lead actor: %s", (sentence) => {
    expect(read(sentence).get("acting")).toBeUndefined();
  });

  test("a performer still lights up the screen; a plot is still incoherent", () => {
    expect(
      read("Annette Bening lights up the screen in this portrait.").get("acting")?.polarity,
    ).toBe("positive");
    expect(read("The plot is incoherent.").get("writing")?.polarity).toBe("negative");
  });

  // imdb-reviews (2026-12-04, twelfth session): Renaissance's page praised its pacing with this.
  test.each([
    ["The film isn't funny, nor does it look especially well-paced.", "pacing"],
    ["The story drags, nor are the performances especially convincing.", "acting"],
    ["Nor is the script particularly witty.", "writing"],
  ] as const)("'nor' turned round with its verb denies what follows: %s", (sentence, aspect) => {
    expect(read(sentence).get(aspect)?.polarity).toBe("negative");
  });

  // rt-reviews (2026-12-04, twelfth session): a film's stars are its performers; the sky's and the rating's are not.
  test.each([
    ["The stars outshine the production", "positive"],
    ["The two stars remain painfully wrong for each other.", "negative"],
    ["Romantic comedy that entertains because of its stars.", "positive"],
  ] as const)("a film's stars are its cast: %s", (sentence, polarity) => {
    expect(read(sentence).get("acting")?.polarity).toBe(polarity);
  });

  test.each([
    "If you want to take a trip to the stars, this is the rocket to ride.",
    "You'll notice by the stars I've given this great film that I loved it.",
    "The stars it gets are for realism.",
    "Both lovers look up and the stars align wonderfully.",
  ])("stars that are no cast: %s", (sentence) => {
    expect(read(sentence).get("acting")).toBeUndefined();
  });

  // rt-reviews (2026-12-04, twelfth session): words nearly always on one side of the critics' verdicts judge.
  test.each([
    [
      "Madonna's incompetent performance secured her reputation as a no-talent actress...and, to date, she still hasn't been able to shake that reputation.",
      "acting",
      "negative",
    ],
    [
      "The title could easily apply to star Sarah Jessica Parker, for how such a charmless actor has maintained such career longevity and popularity is a marvel.",
      "acting",
      "negative",
    ],
  ] as const)("judging words the critics use one way: %s", (sentence, aspect, polarity) => {
    expect(read(sentence).get(aspect)?.polarity).toBe(polarity);
  });

  // rt-reviews (2026-12-04, twelfth session): the dev half labels these the pacing, each time.
  test.each([
    ["Nothing much happens beyond one defining incident relatively early on.", "negative"],
    ["A rambling, incoherent quasi-ensemble picture with no clear point in sight...", "negative"],
    [
      "Aimed squarely at the very young, this cute animation still feels far too rushed.",
      "negative",
    ],
    [
      "What might have been a handsome period drama is compromised by a drawn out screenplay.",
      "negative",
    ],
    ["This trim adventure saga doesn't waste any time assigning backstories.", "positive"],
    ["It never feels rushed.", "positive"],
  ] as const)("the pace in other words: %s", (sentence, polarity) => {
    expect(read(sentence).get("pacing")?.polarity).toBe(polarity);
  });

  test.each([
    "Sorry for rambling, but there's nothing good to say about it.",
    "Nothing happens to the bad guys, they all get away with it.",
    "With these richly drawn out characters, the main cast deliver.",
    "I won't waste time griping about the studio.",
  ])("no pace spoken of: %s", (sentence) => {
    expect(read(sentence).get("pacing")).toBeUndefined();
  });

  // rt-reviews (2026-12-04, twelfth session): Pleasantville's page quoted this as a complaint about the look.
  test("what falls short of the film's own strength is faulted, and the strength keeps its praise", () => {
    const read1 = read(
      "The movie's simplistic storyline does not match its stunning visual accomplishments.",
    );
    expect(read1.get("writing")?.polarity).toBe("negative");
    expect(read1.get("visuals")?.polarity).toBe("positive");
    // Only the film's own ("its"): what is not equalled elsewhere, and what something is not.
    expect(
      read("The sequel doesn't equal the original's witty script.").get("writing")?.polarity,
    ).toBe("negative");
    expect(read("Weird does not necessarily equal funny.").get("humor")?.polarity).toBe("negative");
  });

  // rt-reviews: Flight of the Phoenix's page heard its music in this.
  test("the sound you hear is no soundtrack", () => {
    expect(
      read(
        "That faint scraping sound you hear coming from the floor is Robert Aldrich rolling in his grave.",
      ).get("music"),
    ).toBeUndefined();
    expect(read("The sound design is muddy.").get("music")?.polarity).toBe("negative");
  });

  // rt-reviews (2026-12-04, twelfth session): a story's set-up and payoff, and what it does narratively.
  test.each([
    ["Jindabyne requires patience, but the payoff is rewarding.", "positive"],
    [
      "An Unexpected Journey has so many pay-offs that most are likely to re-engage with the saga.",
      "positive",
    ],
    ["The acting feels stilted and the setup seems aimless.", "negative"],
    ["Agora ultimately fails to hang together narratively.", "negative"],
  ] as const)("the story's own words: %s", (sentence, polarity) => {
    expect(read(sentence).get("writing")?.polarity).toBe(polarity);
  });

  // The issue's own example (2026-12-04, twelfth session): a film dizzy with colour is praised; dizzy
  // camerawork (the seed's) is still faulted.
  test("a film dizzy with colour is praised for its look", () => {
    expect(read("The film is dizzy with color.").get("visuals")?.polarity).toBe("positive");
    expect(
      read("Its visually chaotic with dizzy camerawork that will make you feel quite ill.").get(
        "visuals",
      )?.polarity,
    ).toBe("negative");
  });

  // rt-reviews (2026-12-04, twelfth session): Friends with Kids' page praised its pacing with this.
  test("a brisk word that describes the cast is no brisk pace", () => {
    const found = read(
      "It has moments, but it's more of a drag than the zippy supporting cast would suggest.",
    );
    expect(found.get("pacing")?.polarity).toBe("negative");
    expect(found.get("acting")?.polarity).toBe("positive");
    expect(read("A taut, zippy thriller that never drags.").get("pacing")?.polarity).toBe(
      "positive",
    );
  });

  // imdb-reviews and rt-reviews (2026-12-04, twelfth session): framed for a crime, or a story
  // framed around something, is no framing of the shot.
  test.each([
    "Gary Busey plays a tough mercenary who is framed for the assassination of a crime lord.",
    "Spider-man has been framed by a mysterious impostor.",
    "The Last Witch Hunter ends up with a final shot that is literally framed around a door to possible sequels.",
  ])("no framing of the shot: %s", (sentence) => {
    expect(read(sentence).get("visuals")).toBeUndefined();
  });

  test("a shot framed by its architecture is still the look", () => {
    expect(
      read("As they move, they are framed beautifully by bridge architecture.").get("visuals"),
    ).toBeDefined();
  });

  test("the leads in a film are still its lead actors", () => {
    expect(read("Chemistry between the leads in a romance matters.").get("acting")).toBeDefined();
  });

  test.each<[string, AspectName]>([
    ["The music, largely performed by the band itself, plays over the credits.", "acting"],
    ["Good-looking stars pose in front of the camera.", "visuals"],
    ["She's great-looking, and she knows it.", "visuals"],
    ["Stallone's fights are visually incoherent, chopped up.", "writing"],
    ["It ends in incoherent action and noise.", "writing"],
    ["An unusually comic book adaptation, all panels and captions.", "humor"],
    ["He reads only comic books.", "humor"],
    ["Dance numbers, mostly shot with hand-held cameras, fill the hour.", "visuals"],
    ["Never before has Spielberg so tragically shot himself in the foot.", "visuals"],
    ["MacFarlane's love letter hits the comic bull's eye when it counts.", "direction"],
    ["Prince Unferth observed the ship's approach through a telescope.", "direction"],
    ["A film wanting to be spooky and ending up soggy.", "writing"],
    ["More proof that performance capture is a terrible idea for animated films.", "acting"],
    ["Drake's approach to the role is perky.", "direction"],
    ["The hero's vision of the future is grim.", "direction"],
    ["His leaden performance sinks the film.", "pacing"],
    ["In Cold Blood is brilliant in the simplicity of its storytelling.", "acting"],
    ["The Woman In Black is fantastic in all aspects.", "acting"],
    ["The lighting by cinematographer Marc Reshovsky is superb in its moodiness.", "acting"],
    ["The film suffers due to Pegg's wearying, laddish performance.", "pacing"],
    ["As the sheriff, he gives an effective slow burn.", "pacing"],
    ["They trudge forward to their unavoidable dooms.", "pacing"],
    // imdb-reviews (2026-12-04, twelfth session): the film lights up the screen, no performer.
    [
      "Renaissance is a splendid blend of noir and science fiction that lights up the screen.",
      "acting",
    ],
    // rt-reviews: fight scenes that are incoherent are no incoherent plot.
    ["The special-effects-laden fight scenes are ho-hum, incoherent and badly lit.", "writing"],
    // What is edited or cut into incoherence is the editing's (2026-12-05).
    ["The fight scenes are edited into incoherence.", "writing"],
  ])("not a word of that aspect here: %s (%s)", (sentence, aspect) => {
    expect(read(sentence).get(aspect)).toBeUndefined();
  });

  // imdb-reviews (2026-12-04): "know how to" is denied with its "doesn't", however far back.
  test("what a film does not know how to do it does not do", () => {
    expect(
      read("She doesn't know how to command the screen except by wearing a low cut top.").get(
        "acting",
      )?.polarity,
    ).toBe("negative");
    expect(
      read("But it doesn't know how to create or tell a good story to go with it.").get("writing")
        ?.polarity,
    ).toBe("negative");
    expect(lexicalLean("he knows how to tell a good story")).toBeGreaterThan(0);
    // What one cannot describe keeps its own judgement.
    expect(lexicalLean("i don't quite know how to describe this incoherent, vacuous film")).toBe(
      lexicalLean("this incoherent, vacuous film"),
    );
  });

  // Crimson Peak's page had quoted the first as the look's complaint (rt-reviews, 2026-12-04).
  test("what cannot save a film is judged by its own words, not by what it fails to save", () => {
    const schemes = read(
      "All the carefully orchestrated color schemes and all the dark corridors in the world can't accelerate the slow patches.",
    );
    expect(schemes.get("visuals")?.polarity).toBe("neutral");
    expect(schemes.get("pacing")?.polarity).toBe("negative");
    expect(
      read("Flashy effects and crisp cinematography can't save this bad, bad movie.").get("effects")
        ?.polarity,
    ).toBe("positive");
    // Named again in what is not saved, the aspect is judged there.
    expect(
      read(
        "The beautiful scenery and glamorous lead actors can't make up for the absurd plot or flat performances.",
      ).get("acting")?.polarity,
    ).toBe("negative");
    // Hitchcock's page had quoted the first as the acting's complaint (rt-reviews, 2026-12-04).
    expect(
      read("It ends up wasting the acting talent he has assembled with an ordinary film.").get(
        "acting",
      )?.polarity,
    ).toBe("neutral");
    expect(read("A dud of a comedy that wastes a great cast.").get("acting")?.polarity).toBe(
      "neutral",
    );
    // Held back by what they are given (The Lazarus Effect's page faulted its acting with it).
    expect(
      read(
        "I'm placing all of the blame on the script, but that's because the actors can only do so much with what they're given.",
      ).get("acting")?.polarity,
    ).toBe("neutral");
    expect(read("It never wastes its talented cast.").get("acting")?.polarity).toBe("positive");
    expect(read("The acting is a waste of time.").get("acting")?.polarity).toBe("negative");
    // "No X can save it": the "no" denies the rescue, not X (rt-reviews line 5528).
    const none = read(
      "No gorgeous cinematography and no cast, no matter how A-list, can ultimately save this material from itself.",
    );
    expect(none.get("visuals")?.polarity).toBe("positive");
    expect(none.get("acting")?.polarity).toBe("positive");
    expect(read("No cast can save this material.").get("acting")?.polarity).toBe("neutral");
    // Not another subject's rescue, nor "no amount of" what the film need not have.
    expect(
      read(
        "Toby shows us that either he is no good actor or that no actor in the world can save a script like this one.",
      ).get("acting")?.polarity,
    ).toBe("negative");
    expect(read("No amount of clever editing can save this mess.").get("editing")?.polarity).toBe(
      "negative",
    );
    // Failing to carry off a part is no rescue denied: the actors fail.
    expect(
      read("A magnificent cast of actors completely unable to carry off the characters.").get(
        "acting",
      )?.polarity,
    ).not.toBe("neutral");
  });

  // Two pages had praised the acting with the first, the writing with the second (rt-reviews
  // lines 40676 and 18351, 2026-12-04, thirteenth session).
  test("what a praising comparison puts below is faulted", () => {
    expect(
      read("The stuffed animals are more expressive than the real actors.").get("acting")?.polarity,
    ).toBe("negative");
    const stronger = read("The performances are stronger than the story itself.");
    expect(stronger.get("writing")?.polarity).toBe("negative");
    expect(stronger.get("acting")?.polarity).not.toBe("negative");
    expect(
      read("Ridley Scott plays the con game with more style than story.").get("writing")?.polarity,
    ).toBe("negative");
    expect(read("The music was a little better than the acting.").get("acting")?.polarity).toBe(
      "negative",
    );
    // Not a film better than its source, "better than average" nor what is not praised.
    expect(
      read("The film is far better than its source material.").get("writing")?.polarity,
    ).not.toBe("negative");
    expect(read("Better than average performances help.").get("acting")?.polarity).toBe("positive");
    expect(read("It is more violent than the story needs.").get("writing")?.polarity).not.toBe(
      "negative",
    );
  });

  // American Dreamz's page had praised its music with it (rt-reviews, 2026-12-04).
  test("what a film would have been better served without is faulted, whatever it is about", () => {
    expect(
      read(
        "This is a good movie about music that would have been better served without the music.",
      ).get("music")?.polarity,
    ).toBe("negative");
  });

  // Agora's page had praised its pacing with the first (rt-reviews line 27092, 2026-12-04,
  // thirteenth session).
  test("what a viewer has to get past or put up with is faulted", () => {
    expect(
      read(
        "Get past the togas and its somewhat stately pace, and here lies a movie with a timely message.",
      ).get("pacing")?.polarity,
    ).toBe("negative");
    expect(
      read(
        "If you can look past Lazenby in the title role, the story line and action are well done.",
      ).get("acting")?.polarity,
    ).toBe("negative");
    expect(
      read("Good fun if you can put up with the pastel colours and plasticky textures.").get(
        "visuals",
      )?.polarity,
    ).toBe("negative");
    // Not what an actor put up with to play a part.
    expect(
      read(
        "Through all the pain he put up with to act that role, he gave a superb performance.",
      ).get("acting")?.polarity,
    ).toBe("positive");
  });

  test("an overwritten plot is faulted", () => {
    expect(
      read("[Huang's] plot may be overwritten and the ending may be less than satisfying.").get(
        "writing",
      )?.polarity,
    ).toBe("negative");
  });

  // John Carter (rt-reviews line 36667); Bright Star (a screenplay "inspired by" a biography).
  test.each([
    "since its story inspired every mainstream fantasy right up to avatar",
    "campion also wrote the screenplay, inspired by andrew motion's biography of keats",
    "possesses little of the snap of the films that inspired it",
    // (imdb-reviews, 2026-12-05.)
    "their safari films were extremely popular, inspiring several parodies",
  ])("what inspired something, or was inspired by it, is not praised by the word: %s", (clause) => {
    expect(lexicalLean(clause)).toBe(0);
    expect(lexicalLean("an inspired performance, and the casting is inspired")).toBe(2);
    expect(lexicalLean("an inspiring story")).toBe(1);
  });

  test("an aspect set aside is not praised with the rest", () => {
    const found = read("It's the performances, not the music, that stick with you.");
    expect(found.get("music")?.polarity).not.toBe("positive");
  });

  test("two aspects in one sentence, each with its clause's polarity, each counted once", () => {
    const sentence =
      "The performances are superb and the acting never falters, but the pacing is sluggish.";
    const found = aspectsInSentence(sentence, (clause) => model.clauseLean(clause));
    expect(found.filter((a) => a.aspect === "acting")).toHaveLength(1);
    expect(new Map(found.map((a) => [a.aspect, a.polarity]))).toEqual(
      new Map([
        ["acting", "positive"],
        ["pacing", "negative"],
      ]),
    );
  });

  test("a review's evidence is the clause that speaks of the aspect, verbatim", () => {
    const text =
      "The cast is wonderful throughout, but the screenplay loses its way in the last act.";
    const { sentences } = model.read(text);
    const aspects = findAspects(sentences, (clause) => model.clauseLean(clause), []);
    const writing = aspects.find((a) => a.aspect === "writing");
    expect(writing).toMatchObject({ polarity: "negative" });
    expect(writing?.evidence).toBe("but the screenplay loses its way in the last act.");
    expect(text).toContain(writing?.evidence);
  });

  test("an elision before a lowercase word ends a clause, not its quote (Bride of Chucky's page)", () => {
    const text =
      "Hong Kong action director Ronny Yu... brings a slick, kinetic, cartoonish energy to the proceedings.";
    const { sentences } = model.read(text);
    const aspects = findAspects(sentences, (clause) => model.clauseLean(clause), []);
    expect(aspects.find((a) => a.aspect === "direction")?.evidence).toBe(text);
  });
});

describe("aspects: the clause quoted", () => {
  // What a clause concedes is not judged by the words of the rest of its sentence, which go
  // the other way; so not in words clear enough to quote (The Imitation Game's page had
  // quoted the first as an acting complaint; rt-reviews, the twenty-first session).
  test.each([
    [
      "As much as I wanted to suspend my disbelief and take pleasure in the actors' brilliance, the film lacks credibility on every level.",
      "acting",
    ],
    [
      "For all of Kelly's storytelling troubles, he has no problem with creating the film's gorgeously ominous atmosphere.",
      "writing",
    ],
    [
      "Twists and turns keep the story gripping, even if director Liman doesn't really pump up the adrenaline.",
      "direction",
    ],
  ] as const)("a concession is not judged by the rest of its sentence: %s", (sentence, aspect) => {
    expect(read(sentence).get(aspect)?.strength ?? 0).toBeLessThan(1.5);
  });

  test("a contrast's tail is quoted to its noun, not cut at a comma between its adjectives", () => {
    // (An rt-reviews snippet; its humour complaint was quoted "… ultimately a sloppy".)
    expect(
      read("Mildly amusing but ultimately a sloppy, forgettable enterprise.").get("humor"),
    ).toMatchObject({
      polarity: "negative",
      clause: "Mildly amusing but ultimately a sloppy, forgettable enterprise.",
    });
    // After a tail's comma, a new clause: not quoted.
    expect(
      read(
        "Performances are low key but accomplished, comedy and tragedy are delicately balanced.",
      ).get("acting")?.clause,
    ).toBe("Performances are low key but accomplished");
  });

  test("a childish gag or line is faulted where its word modifies it, clearly enough to quote", () => {
    expect(read("Childish dialogue.").get("writing")).toMatchObject({
      polarity: "negative",
      strength: 2,
    });
  });

  // Superlatives judge as their words do (rt-reviews, imdb-reviews; the twenty-first session:
  // "Jackson gives one of his dullest performances ever" had been left to the text model).
  test.each([
    ["Jackson gives one of his dullest performances ever.", "acting", "negative"],
    ["Costner gives one of his strongest performances in recent years.", "acting", "positive"],
    ["The lamest plot I've ever had inflicted upon me.", "writing", "negative"],
    ["With some of the wittiest dialogue of the decade.", "writing", "positive"],
  ] as const)("judged in words by a superlative: %s", (sentence, aspect, polarity) => {
    expect(read(sentence).get(aspect)).toMatchObject({ polarity, strength: 2 });
  });

  test("an aspect's own cue elsewhere in the sentence still judges what a clause concedes", () => {
    expect(
      read("It overstays its welcome, despite the less-than-an-hour running time.").get("pacing"),
    ).toMatchObject({ polarity: "negative", strength: 3 });
  });

  test("a question that asks where something went misses it; no question is clear enough to quote", () => {
    const where = read(
      "Where is the humor, the propulsion, the story sense of del Toro's best work?",
    );
    expect(where.get("humor")?.polarity).toBe("negative");
    expect(where.get("writing")?.polarity).toBe("negative");
    const asked = read("Doesn't everybody deserve a great love story?").get("writing");
    expect(asked?.strength).toBeLessThan(1);
    expect(
      read("Everybody deserves a great love story.").get("writing")?.strength,
    ).toBeGreaterThanOrEqual(1);
  });

  // A film's page quotes only judgements made in words (strength 1.5 or more); these had been
  // the text model's alone (rt-reviews, 2026-12-05).
  test.each([
    ["Acting tour de force that feels exceptionally real.", "acting"],
    ["Well-made and directed with finesse by old pro Keenen Ivory Wayans.", "direction"],
  ] as const)("judged in words, clearly enough to quote: %s", (sentence, aspect) => {
    expect(read(sentence).get(aspect)).toMatchObject({ polarity: "positive", strength: 2 });
  });

  // A contrast's tail after a term some verb has ("boasts", "offers"…) speaks of the verb's
  // subject, the film: it does not judge the term in words (the page of Lawrence Kasdan's 2012
  // film had quoted this as the acting's complaint, rt-reviews, 2026-12-05).
  test("a tail after the object of 'boasts' does not judge that object", () => {
    const acting = read(
      "Lawrence Kasdan's pleasant dramedy boasts a prized ensemble but lacks bite.",
    ).get("acting");
    expect(acting?.strength ?? 0).toBeLessThan(1.5);
    expect(read("The performances are low key but accomplished.").get("acting")).toMatchObject({
      polarity: "positive",
      strength: 2,
    });
  });

  // A comma between a noun phrase's adjectives splits no clause for a reader: the quote starts
  // where the phrase does (rt-reviews, 2026-12-05: "… predictable tale is very impressive" had
  // been a writing complaint's quote) — not where the clause after the comma opens with a
  // word of its own ("no one …").
  test.each([
    [
      "The amount of talent wasted in this shallow, predictable tale is very impressive.",
      "writing",
      "The amount of talent wasted in this shallow, predictable tale is very impressive.",
    ],
    [
      "Cooper and Lawrence have a nice, believable chemistry, and by the time they get to the dance competition it's surprising how much you care.",
      "acting",
      "Cooper and Lawrence have a nice, believable chemistry",
    ],
    [
      "A bleak, bitter, brilliant portrayal of the failure of the fifties version of the American dream.",
      "acting",
      "A bleak, bitter, brilliant portrayal of the failure of the fifties version of the American dream.",
    ],
    ["In the dark, no one can see you laugh.", "humor", "no one can see you laugh."],
  ] as const)("a noun phrase is quoted whole: %s", (sentence, aspect, clause) => {
    expect(read(sentence).get(aspect)?.clause).toBe(clause);
  });

  test("an initial or a title's stop ends no clause", () => {
    const adaptation =
      "David Fincher's wildly overlong adaptation of the F. Scott Fitzgerald short story misses a key point.";
    expect(read(adaptation).get("writing")?.clause).toBe(
      "David Fincher's wildly overlong adaptation of the F. Scott Fitzgerald short story misses a key point.",
    );
    expect(
      read("The performances are sincere and Mr. Damon seems to be having a ball.").get("acting")
        ?.clause,
    ).toBe("The performances are sincere and Mr. Damon seems to be having a ball.");
  });

  // I Heart Huckabees' page quoted "… yet developed enough filmmaking savvy to juggle so many
  // intellectual, emotional …" as the direction's complaint: the quote said the opposite
  // (rt-reviews, 2026-12-04, thirteenth session).
  test("the adverb 'yet' opens no clause; the conjunction does", () => {
    const savvy =
      "Russell hasn't yet developed enough filmmaking savvy to juggle so many narrative elements.";
    expect(read(savvy).get("direction")?.clause).toBe(savvy);
    const another = "This is yet another movie based on a true story with a flimsy plot.";
    expect(read(another).get("writing")?.clause).toBe(another);
    const toFind = "A novice filmmaker who had yet to find his way.";
    expect(read(toFind).get("direction")?.clause).toBe(toFind);
    const contrast = read("The acting is strong yet the plot is dull.");
    expect(contrast.get("acting")?.clause).toBe("The acting is strong");
    expect(contrast.get("writing")?.clause).toBe("yet the plot is dull.");
    expect(contrast.get("writing")?.polarity).toBe("negative");
  });

  test("a clause goes on past a comma after a word that cannot end it, and past a short aside", () => {
    const writing = read(
      "As a film it is nothing but a long third act with no story and, most importantly, NO character development for anyone other than Pilate.",
    ).get("writing");
    // ("nothing but" is one phrase: no clause starts at its "but".)
    expect(writing?.clause).toBe(
      "As a film it is nothing but a long third act with no story and, most importantly, NO character development for anyone other than Pilate.",
    );
    expect(writing?.polarity).toBe("negative");
  });

  test.each<[string, AspectName, string]>([
    [
      "From Connery, the British bulldog delivers a brilliant, bulldozing performance in a cinematic spectacular.",
      "acting",
      "the British bulldog delivers a brilliant, bulldozing performance in a cinematic spectacular.",
    ],
    ["The story is slight, but the acting is superb.", "acting", "but the acting is superb."],
    [
      "A drug deal gone very, very wrong is ideally suited to their striking visuals.",
      "visuals",
      "A drug deal gone very, very wrong is ideally suited to their striking visuals.",
    ],
    ["The acting is fine while the script is a mess.", "writing", "while the script is a mess."],
    // An ellipsis with no space after it ends a clause where a new one starts, not an elision.
    [
      "It's an allegory in search of a meaning that never arrives...It's just old-fashioned bad storytelling.",
      "writing",
      "It's just old-fashioned bad storytelling.",
    ],
    [
      "Bigger and darker...[but] lacks the deep soul and character nuances of its predecessor.",
      "writing",
      "[but] lacks the deep soul and character nuances of its predecessor.",
    ],
    [
      "It would be a shootout in the comedic corral between...Blazing Saddles and this.",
      "humor",
      "It would be a shootout in the comedic corral between...Blazing Saddles and this.",
    ],
    [
      "With a running time that is about 30 minutes over-long, “Her Smell” is his most compassionate film.",
      "pacing",
      "With a running time that is about 30 minutes over-long",
    ],
  ])(
    "a quote runs on past a bare comma, and stops before a clause: %s",
    (sentence, aspect, quote) => {
      expect(read(sentence).get(aspect)?.clause).toBe(quote);
    },
  );

  test.each<[string, AspectName, "positive" | "negative"]>([
    // What a sentence wishes for is missing.
    [
      "In the hands of a skilled director, this could have been a great thriller.",
      "direction",
      "negative",
    ],
    [
      "It could have been a truly great film in more sure hands, but it just misses the mark.",
      "direction",
      "negative",
    ],
    [
      "With a tighter plot and more consistent tone, this might have been better.",
      "writing",
      "negative",
    ],
    ["If only the script were as sharp as the acting.", "writing", "negative"],
    // A sentence that opens on what would have made it better (imdb-reviews, rated 7 of 10).
    [
      "Now if the payoff was half as good as the build up was I would have rated this so much higher.",
      "writing",
      "negative",
    ],
    [
      "If the script had been as good as the cast, this would have been a classic.",
      "writing",
      "negative",
    ],
    [
      "Anyone looking for strong characters or a coherent plot will find it lacking.",
      "writing",
      "negative",
    ],
    [
      "A compelling film that could have been a classic with some judicious editing in the end.",
      "editing",
      "negative",
    ],
    [
      "With stronger actors and real writers, this might've been a vintage comedy.",
      "acting",
      "negative",
    ],
    // What a film needs (rt-reviews line 2659, rotten).
    [
      "You can have two of the most likable stars on the planet together, but strong writing is crucial to making them shine.",
      "writing",
      "negative",
    ],
    ["Sharper editing was badly needed to hold the thing together.", "editing", "negative"],
    // What is struggling to get out of it is not in it (rt-reviews line 2632, rotten).
    [
      "Inside this film, a poignant and personal story is struggling to get out.",
      "writing",
      "negative",
    ],
    ["A wonderful performance is dying to break out of this mess.", "acting", "negative"],
    // In other hands, good: wished for (imdb-reviews); bad: this film's own only after a
    // contrast, or praised (see "what other hands would have made of it" below).
    ["In other hands this could have been a pretty funny script.", "writing", "negative"],
    [
      "In lesser hands it would have been a bore, but the dialogue here is clunky and flat.",
      "writing",
      "negative",
    ],
    [
      "What in lesser hands could have become an immaculately observed period piece instead soars with its literate and knowing script.",
      "writing",
      "positive",
    ],
    // Not the standard it is compared with, what the film has, a title, or the rest of the sentence.
    ["If only the script were as sharp as the acting.", "acting", "positive"],
    [
      "If the script had been as good as the cast, this would have been a classic.",
      "acting",
      "positive",
    ],
    // Not a wish: a plain condition, or what would have happened.
    ["If the acting is good, the script is better.", "writing", "positive"],
    [
      "Brad Pitt's performance is crucial, and he rips into the character with a frightening sense of egomania.",
      "acting",
      "positive",
    ],
    ["Could have been more with such a great cast.", "acting", "positive"],
    [
      "If Only Angels Have Wings is the foremost masterwork of the director's early period.",
      "direction",
      "positive",
    ],
    [
      "Amusing comedy with several great gags, though the script isn't as focused as it should have been.",
      "humor",
      "positive",
    ],
    [
      "The great performances are the best thing in a film that could have been so much more.",
      "acting",
      "positive",
    ],
  ])("a wish: %s (%s)", (sentence, aspect, polarity) => {
    expect(read(sentence).get(aspect)?.polarity).toBe(polarity);
  });

  test.each<[string, AspectName]>([
    // rt-reviews lines 25845 and 44344, both fresh.
    ["In the wrong hands, this film could have been grating melodrama.", "writing"],
    [
      "In the wrong hands, this would have been a maudlin, embarrassing story, but in McCanlies' hands, it feels like a cozy friend.",
      "writing",
    ],
  ])("what other hands would have made of it is no complaint: %s (%s)", (sentence, aspect) => {
    expect(read(sentence).get(aspect)).toBeUndefined();
  });
});

describe("aspects: the titles a review names judge nothing", () => {
  const readTitled = (sentence: string, title: string) =>
    new Map(
      aspectsInSentence(sentence, (clause) => model.clauseLean(clause), [], [title]).map((a) => [
        a.aspect,
        a,
      ]),
    );

  test("a judging word in the film's title praises nothing", () => {
    expect(
      readTitled("Dane Cook plays a dentist in Good Luck Chuck.", "Good Luck Chuck").get("acting")
        ?.polarity,
    ).not.toBe("positive");
    expect(
      readTitled(
        "Failure to Launch takes off thanks to its upbeat tone and the charisma of its stars.",
        "Failure to Launch",
      ).get("acting")?.polarity,
    ).toBe("positive");
  });

  test("an aspect's word in a title names no aspect, and a title's comma ends no clause", () => {
    expect(read("Sound City is a mash note to a machine.").has("music")).toBe(true);
    expect(readTitled("Sound City is a mash note to a machine.", "Sound City").has("music")).toBe(
      false,
    );
    const simon = readTitled(
      "Love, Simon tells an earnest coming-of-age story, gentle and generous.",
      "Love, Simon",
    ).get("writing");
    expect(simon?.clause).toBe(
      "Love, Simon tells an earnest coming-of-age story, gentle and generous.",
    );
  });

  test("a film called a story of some kind is described, not its writing judged", () => {
    // (The issue counts "a film called 'a story' taken as writing" among the detector's errors.)
    for (const sentence of [
      "Crimson Peak is a love story framed within a gothic atmosphere.",
      "It's an earnest coming-of-age story, gentle and generous.",
    ])
      expect(read(sentence).has("writing")).toBe(false);
    // The story judged, or a love story that is part of the film, is still the writing.
    expect(read("The love story is dull.").get("writing")?.polarity).toBe("negative");
    expect(read("It is a love story with a clumsy script.").get("writing")?.polarity).toBe(
      "negative",
    );
  });

  // Labelled (dev half): "this delightful story about a corpse" praises the writing, "a
  // posturing, pandering tale" faults it; "the story of" a man or "a love story about" one tells it.
  test("a story of something, judged by the words before it, is the writing", () => {
    expect(
      read("Hitchcock's charms shine in this delightful story about a corpse.").get("writing"),
    ).toMatchObject({ polarity: "positive" });
    expect(read("It's a clumsy, tedious story of two brothers.").get("writing")).toMatchObject({
      polarity: "negative",
    });
    for (const sentence of [
      "It tells the story of a young man who moves to Paris.",
      "A coming-of-age story about a girl in Paris.",
      "Story of a prisoner who haunts the prison he died in.",
    ])
      expect(read(sentence).has("writing")).toBe(false);
  });

  test("a prisoner executed is no direction", () => {
    expect(
      read("Story of a wrongly executed prisoner who haunts the prison.").has("direction"),
    ).toBe(false);
    expect(read("The executed man's ghost returns.").has("direction")).toBe(false);
    expect(read("The heist is cleverly executed.").get("direction")?.polarity).toBe("positive");
  });

  test("a title without its leading article, and not in the sentence the clause borrows from", () => {
    // (At the sentence's start, where a capital says nothing of a title.)
    const sentence = "Great Beauty is where the cast wanders.";
    expect(read(sentence).get("acting")?.polarity).toBe("positive");
    expect(readTitled(sentence, "The Great Beauty").get("acting")?.polarity).toBe("neutral");
  });

  // Taking Woodstock's page had praised its music with the festival's slogan (rt-reviews line
  // 9960, 2026-12-04, thirteenth session).
  test("what a sentence quotes is someone else's words, unless the quote is the sentence", () => {
    const woodstock = read(
      "while \"Taking Woodstock\" is a bit of a shaggy dog story, Lee uses a subtle build to show how 'three days of peace, love and music' transformed a rural farming community.",
    );
    expect(woodstock.has("music")).toBe(false);
    expect(
      read('The hero keeps saying "funny to see you here again" and the film is dull.').has(
        "humor",
      ),
    ).toBe(false);
    expect(read('Leonard Maltin says "the stars are at their best here".').has("acting")).toBe(
      false,
    );
    // A snippet that is all quote is the critic's own; apostrophes open and close nothing.
    expect(
      read("'Jack Black is back on track, and the acting is fine.'").get("acting")?.polarity,
    ).toBe("positive");
    expect(
      read("They don't make 'em like this: the acting is superb.").get("acting")?.polarity,
    ).toBe("positive");
    // Scare quotes of a word or two still name the aspect.
    expect(read('The "acting" is a joke.').has("acting")).toBe(true);
  });

  test("a one-word title only away from the sentence's start; a role may share its name", () => {
    expect(readTitled("Her performance is wooden.", "Her").get("acting")?.polarity).toBe(
      "negative",
    );
    expect(
      readTitled("Dench is brilliant as the adult Philomena.", "Philomena").get("acting")?.polarity,
    ).toBe("positive");
  });
});

describe("aspects: capitalized words inside a sentence name something, and judge nothing", () => {
  // An rt-reviews import gives the analysis no title: the capitals are all it has.
  test.each<[string, AspectName, "positive" | "negative" | "neutral"]>([
    [
      "The laughs and pacing of Fun Mom Dinner may be uneven, but I'm still smiling.",
      "pacing",
      "negative",
    ],
    ["Dane Cook plays a dentist in Good Luck Chuck.", "acting", "neutral"],
    [
      "The only story you'll find in Fantastic Four is the one attached to its director.",
      "writing",
      "negative",
    ],
    [
      "He also has to do jokes about being a black man in the Great White North.",
      "humor",
      "negative",
    ],
  ])("%s (%s: %s)", (sentence, aspect, polarity) => {
    expect(read(sentence).get(aspect)?.polarity).toBe(polarity);
  });

  test("a headline's capitals are its style, and its words judge", () => {
    const headline = read("Lovingly Made Pulp Fantasy With Boring Human Characters");
    expect(headline.get("writing")?.polarity).toBe("negative");
    expect(read("Solid Filmmaking and Solid Performances").get("acting")?.polarity).toBe(
      "positive",
    );
  });
});

describe("aspects: where the terms are", () => {
  // What each aspect's own scan of the sentence finds, aspect by aspect: what termHits must give.
  const scanned = (lower: string) =>
    (Object.keys(ASPECT_TERMS) as AspectName[]).flatMap((aspect) =>
      [...lower.matchAll(new RegExp(ASPECT_TERMS[aspect].source, "g"))].map(
        (m): [AspectName, number] => [aspect, m.index],
      ),
    );

  test.each([
    // Terms of two aspects that overlap or share words.
    "the musical score and the musical numbers carry the comedy.",
    "its action sequences and stunt work, the car chases and the fight choreography dazzle.",
    "the comedy works, the comic timing is perfect, and the sound design is loud.",
    "a well-paced, well-acted and beautifully photographed film with a sharp script.",
    "the pace, the pacing, the running time: long, lengthy, overlong.",
    "no terms at all here.",
    "",
  ])("one scan finds what each aspect's own would: %j", (sentence) => {
    expect(termHits(sentence)).toEqual(scanned(sentence));
  });

  // Words that start terms, parts of terms, digits, and what surrounds words: the scan must
  // find, at word starts and nowhere else, what each aspect's own expression finds.
  const pieces = [
    "the",
    "music",
    "musical",
    "score",
    "2",
    "hours",
    "two and a half hours",
    "long",
    "over",
    "funny",
    "laugh",
    "effects",
    "side effects",
    "cgi",
    "pace",
    "change of pace",
    "cast",
    "cast a spell",
    "acting",
    "edited",
    "cut",
    "cutting edge",
    "plot",
    "script",
    "writer",
    "directed",
    "direction",
    "camera",
    "colour",
    "a",
    "x",
    "_",
    "é",
    "-",
    "'",
    "’",
    ".",
    ",",
    " ",
    "  ",
    "\n",
    "\0",
    "3d",
    "stop-motion",
    "sound design",
  ];
  test("one scan finds what each aspect's own would, on text built from terms' pieces", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 40 }),
        fc.constantFrom(" ", "", "-"),
        (words, between) => {
          const text = words.join(between);
          expect(termHits(text)).toEqual(scanned(text));
        },
      ),
      { numRuns: 3000, seed: 20261202 },
    );
  });

  const seedPath = sharedSeed();
  test.skipIf(seedPath === null)("on every sentence of the seed review", () => {
    for (const { text } of model.read(readFileSync(seedPath as string, "utf8")).sentences) {
      const lower = text.toLowerCase();
      expect(termHits(lower)).toEqual(scanned(lower));
    }
  });
});

describe("aspects: titles blanked out", () => {
  // The masking as first written: re-slicing the sentence per occurrence (quadratic in how
  // often a title is named), the reference the one-pass version must agree with.
  const reference = (sentence: string, titles: readonly string[]) => {
    let masked = sentence;
    for (const full of titles) {
      const article = /^(?:The|A|An) (?=\S)/.exec(full);
      const title =
        masked.includes(full) || article === null ? full : full.slice(article[0].length);
      if (title.length < 2 || !masked.includes(title)) continue;
      const oneWord = !/\s/.test(title);
      const wordChar = /[\p{L}\p{N}'’]/u;
      for (let at = masked.indexOf(title); at >= 0; at = masked.indexOf(title, at + 1)) {
        const end = at + title.length;
        const whole = !wordChar.test(masked[at - 1] ?? "") && !wordChar.test(masked[end] ?? "");
        if (!whole || (oneWord && /^\W*$/.test(masked.slice(0, at)))) continue;
        masked = masked.slice(0, at) + "\0".repeat(title.length) + masked.slice(end);
      }
    }
    return masked;
  };

  test("one pass blanks what re-slicing per occurrence did (fast-check, 3,000 sentences)", () => {
    const piece = fc.constantFrom(
      "Her",
      "Smell",
      "Her Smell",
      "The",
      "Heat",
      "Ed",
      "Wood",
      " ",
      "  ",
      ", ",
      "“",
      "”",
      "'",
      "é",
      "7",
      "_",
      "\0",
      "x",
      ".",
    );
    const sentence = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));
    const titles = fc.array(
      fc.constantFrom(
        "Her Smell",
        "Smell",
        "The Heat",
        "Ed Wood",
        "Wood",
        "Her",
        "x",
        "“Her”",
        ".x",
      ),
      {
        maxLength: 4,
      },
    );
    fc.assert(
      fc.property(sentence, titles, (s, t) => {
        expect(maskTitles(s, t)).toBe(reference(s, t));
      }),
      { seed: 20261202, numRuns: 3000 },
    );
    // A few characters, so titles that start or end with a mark meet end to end (".x.x").
    const dense = fc
      .array(fc.constantFrom("x", ".x", "x.", ".", " ", "\0", "é"), { maxLength: 12 })
      .map((parts) => parts.join(""));
    const marked = fc.array(fc.constantFrom(".x", "x.", "x", ".x."), { maxLength: 3 });
    fc.assert(
      fc.property(dense, marked, (s, t) => {
        expect(maskTitles(s, t)).toBe(reference(s, t));
      }),
      { seed: 20261202, numRuns: 3000 },
    );
  });
});

test("a lengthy scene, shot or cameo described is no complaint of the film's length", () => {
  for (const sentence of [
    "The best part of An American In Paris is the lengthy ballet sequence at the end.",
    "The lengthy, unbroken, natural shots are wonderful.",
    "Director Vidor is simply delightful and even makes a lengthy cameo as himself.",
  ])
    expect(read(sentence).get("pacing")?.polarity).not.toBe("negative");
});

test("a player directed to do something is directed", () => {
  expect(read("The actresses seem to have been directed to chew scenery.").has("direction")).toBe(
    true,
  );
  expect(read("It is directed to perfection.").get("direction")?.polarity).toBe("positive");
});

// rt-reviews and imdb-reviews (2026-12-07): "Belly laughs are few and far between" was praise.
test("what is said to be missing is missed, however its words praise it", () => {
  for (const [sentence, aspect] of [
    ["Good acting is sorely missing here.", "acting"],
    ["Good jokes are scarce.", "humor"],
    ["Belly laughs are few and far between, but the tone makes up for it.", "humor"],
    ["The humor is in short supply.", "humor"],
    ["Character development is scarce, okay performances by Omar Epps.", "writing"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe("negative");
  // Not what other films lack, what a judging word calls bad, nor a title's words.
  expect(
    read(
      "Strongly acted and well written at a time when such qualities are virtually nonexistent at the local multiplex.",
    ).get("acting")?.polarity,
  ).toBe("positive");
  expect(read("Great performances are never absent from his films.").get("acting")?.polarity).toBe(
    "positive",
  );
  expect(
    read("The lead is played by Keir Dullea of 2001 and Bunny Lake is Missing fame.").get("acting")
      ?.polarity,
  ).not.toBe("negative");
});

// imdb-reviews (2026-12-07): "they're portrayal on screen is less than believable" was praise,
// and so were "memorable effects" after "no distinctive set pieces or".
test("what is less than good, and what there is none of, is faulted", () => {
  for (const [sentence, aspect, polarity] of [
    ["The acting is less than stellar.", "acting", "negative"],
    ["Along with the less than great editing, it all looks cheap.", "editing", "negative"],
    ["There are no distinctive set pieces or memorable effects.", "effects", "negative"],
    ["The film has no good jokes or clever dialogue.", "writing", "negative"],
    // What is never, or nothing, less than good is good.
    ["The acting is nothing less than stellar.", "acting", "positive"],
    ["This cartoon universe is never less than zippy.", "pacing", "positive"],
    ["There isn't a scene that is anything less than stunning to look at.", "visuals", "positive"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe(polarity);
});

// imdb-reviews (2026-12-07): "My only complaints are the tinny score …" praised the music.
test("what the critic's complaint names is faulted", () => {
  for (const [sentence, aspect] of [
    ["My only complaint is the music.", "music"],
    ["My one quibble is the ending, which drags.", "writing"],
    ["Two flaws: prosaic story-telling and political naivete.", "writing"],
    ["The flaws of the film come from the visual effects, the music, and the acting.", "acting"],
    ["Mostly my criticisms are with the writing and plot line.", "writing"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe("negative");
  // Not past a contrast or a new clause, not what offsets it, not a character's flaws, nor
  // what no complaint names.
  for (const [sentence, aspect] of [
    ["My only complaint is the length, but the acting is superb.", "acting"],
    ["The only weakness is the length, and it does have humour that makes it fun.", "humor"],
    [
      "Its narrative shortcomings are offset by the performances, which are uniformly fine.",
      "acting",
    ],
    ["The hero's flaws are many, and the actor plays them well.", "acting"],
    ["Its flaws are minor, and the acting is great.", "acting"],
    // (A concession is no list of what is missing.)
    ["No matter how dumb or silly the plot is, the cast is great.", "acting"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe("positive");
});

// The issue's own example (2026-12-07, the forty-first session): "Sam Rockwell gives his
// character texture" had been the writing's praise.
test("what a player gives their character is the acting", () => {
  for (const sentence of [
    "Sam Rockwell gives his character texture and nuances.",
    "He imbues his character with such dignity and stature.",
  ])
    expect(read(sentence).get("acting")?.polarity, sentence).toBe("positive");
  expect(read("Sam Rockwell gives his character texture and nuances.").has("writing")).toBe(false);
});

// rt-reviews (2026-12-07, the forty-first session): "a sad picture of an intelligent and
// talented writer" had praised the writing of a film about the Earl of Rochester.
test("a writer the film is about is its subject, not its writing", () => {
  for (const sentence of [
    "What emerges is a sad picture of an intelligent and talented writer who opted for self-indulgence.",
    "It is the story of a blocked writer who is brilliant but lonely.",
    "A charming look at the lives of a travel guidebook writer and a dog trainer.",
    "A charming film about an aspiring writer who falls in love.",
  ])
    expect(read(sentence).has("writing"), sentence).toBe(false);
  expect(read("A story of revenge by a writer with a great ear.").get("writing")?.polarity).toBe(
    "positive",
  );
});

// rt-reviews (2026-12-07, the forty-first session): "…; they are never, however, especially
// funny" had praised the humour of a film its critic found unfunny.
test("a negation reaches past an aside set off by commas", () => {
  for (const [sentence, aspect] of [
    ["The scenarios are clever; they are never, however, especially funny.", "humor"],
    ["The movie is not, alas, so diligent about making sure its story makes sense.", "writing"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe("negative");
  // A negation that ends its clause denies nothing after it.
  expect(read("When it doesn't, it's a very funny film.").get("humor")?.polarity).toBe("positive");
  expect(read("More often than not, however, the jokes are funny.").get("humor")?.polarity).toBe(
    "positive",
  );
});

// imdb-reviews (2026-12-07, the forty-first session): "I thought it was going to be atleast a
// slightly admirable storyline" praised a panned film's writing.
test("what the critic expected before seeing the film judges nothing", () => {
  for (const sentence of [
    "I thought this would be a boring film.",
    "I thought it was going to be at least a slightly admirable storyline.",
    "I expected the pacing to be slow.",
    "I feared the jokes would be lame.",
    "I figured that at least the battle scenes might be good.",
    "You'd think it would be a slog.",
    // What was expected can be a thing, its adjectives split by commas.
    "I was expecting a confusing, sometimes boring and not very engaging movie.",
  ])
    expect([...read(sentence).keys()], sentence).toEqual([]);
  // The rest of its sentence still judges.
  expect(
    read("I thought it would be boring, but the acting was great.").get("acting")?.polarity,
  ).toBe("positive");
  expect(read("I thought it would be boring, but the acting was great.").has("pacing")).toBe(false);
  // An opinion, what was expected more or better of, and an expectation met still judge.
  for (const [sentence, aspect, polarity] of [
    ["I thought the acting was great.", "acting", "positive"],
    ["I expected better acting.", "acting", "negative"],
    ["I thought it would be funny and it was.", "humor", "positive"],
    ["I expected a funny movie and I wasn't disappointed.", "humor", "positive"],
    ["I thought it took a while to get going, and the intro was too long.", "pacing", "negative"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe(polarity);
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-second session): "Javier Bardem makes for
// a terrifying villain" judged nothing; "with a good script and director it could have been a
// seriously creepy flick" praised the writing and the direction of a film panned for them.
test("what a player makes of a part is the acting, after someone named", () => {
  for (const [sentence, polarity] of [
    ["Javier Bardem makes for a terrifying villain.", "positive"],
    ["Cruise makes a convincing hero.", "positive"],
    ["Arquette makes for a terrific femme fatale.", "positive"],
    ["Granger's accent isn't always convincing, but he makes a good quiet hero.", "positive"],
    ["Gwyneth Paltrow makes a rather shallow heroine.", "negative"],
  ] as const)
    expect(read(sentence).get("acting")?.polarity, sentence).toBe(polarity);
  // Not a character, a film or a pronoun that names no one.
  for (const sentence of [
    "This type of character rarely makes for an interesting hero.",
    "It makes for a compelling protagonist.",
    "The film makes a convincing villain out of the weather.",
    "Hollywood makes a hero of him.",
  ])
    expect(read(sentence).has("acting"), sentence).toBe(false);
});

test("what a film would have needed, named before its wish, is missed", () => {
  for (const [sentence, aspects] of [
    [
      "With a good script and director it could have been a seriously creepy flick.",
      ["direction", "writing"],
    ],
    [
      "With a more intelligent and taut screenplay, Valkyrie could have been much more riveting.",
      ["writing"],
    ],
    [
      "It's a shame, because with better writing, editing and direction, this could have been a really good thriller.",
      ["direction", "editing", "writing"],
    ],
    ["I think with real actors this movie could have been a cult movie.", ["acting"]],
  ] as const)
    for (const aspect of aspects)
      expect(read(sentence).get(aspect)?.polarity, `${sentence} ${aspect}`).toBe("negative");
  // What the film has, and a wish for what it might yet be, are not missed.
  for (const sentence of [
    "With a good script, great acting and fine direction, this could be a classic.",
    "With a good cast and script, it would have been hard not to enjoy it.",
  ])
    expect(read(sentence).get("writing")?.polarity, sentence).toBe("positive");
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-second session): "While the writing isn't
// as sharp or as funny as it is in Almodovar's best movies" praised the writing and the humour.
test("a denied comparison reaches its second term", () => {
  for (const sentence of [
    "The writing isn't as sharp or as funny as it was.",
    "Pity it isn't nearly as clever or as funny as it thinks it is.",
  ])
    expect(read(sentence).get("humor")?.polarity, sentence).toBe("negative");
  expect(read("The jokes are as sharp and as funny as ever.").get("humor")?.polarity).toBe(
    "positive",
  );
});

test("what a film is better in than its term puts the term below it", () => {
  expect(
    read(
      "Smarter in its message than its execution, this is still a thought-provoking rental.",
    ).get("direction")?.polarity,
  ).toBe("negative");
  expect(read("It is better in its look than its script.").get("writing")?.polarity).toBe(
    "negative",
  );
});

// rt-reviews (2026-12-07, the forty-second session): "…a forgettable teen drama that's rarely as
// compelling as its various performances" had faulted the acting it praises.
test("the standard a denied comparison falls short of is judged by its word", () => {
  for (const [sentence, aspect, polarity] of [
    ["The film isn't as good as its cast.", "acting", "positive"],
    [
      "A forgettable teen drama that's rarely as compelling as its various performances.",
      "acting",
      "positive",
    ],
    ["The story is not as strong as the performances.", "acting", "positive"],
    ["The story is not as strong as the performances.", "writing", "negative"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, `${sentence} ${aspect}`).toBe(polarity);
  // Not what the makers think of it, what a premise promises, nor a player's other work.
  for (const [sentence, aspect] of [
    ["It isn't nearly as funny as its filmmakers seem to think it is.", "direction"],
    ["It's not as funny as its premise promises.", "writing"],
    ["His performance was not nearly as good as his past performances.", "acting"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe("negative");
});

// imdb-reviews (2026-12-07, the forty-second session): "The script is beautifully crafted, witty
// …" praised the direction as well as the writing.
test("a script or a plot crafted is the writing's craft, not the direction's", () => {
  for (const sentence of [
    "The script is beautifully crafted, witty and smart.",
    "The plot is cleverly crafted, story is believable.",
    "The characters are well crafted in this movie.",
  ]) {
    expect(read(sentence).get("writing")?.polarity, sentence).toBe("positive");
    expect(read(sentence).has("direction"), sentence).toBe(false);
  }
  expect(read("The film is beautifully crafted.").get("direction")?.polarity).toBe("positive");
});

// rt-reviews (2026-12-07, the forty-second session): "Country Strong is a country music
// melodrama, but I'm not sure which country" had praised the writing by its title's "Strong".
test("the words of a title or a name that opens a sentence judge nothing, after its first", () => {
  expect(
    read("Country Strong is a country music melodrama, but I'm not sure which country.").get(
      "writing",
    )?.polarity,
  ).not.toBe("positive");
  expect(read("Mark Strong as Knightley is not what I would have expected.").has("acting")).toBe(
    false,
  );
  // The first word, which any sentence capitalizes, still judges; so does one after an
  // article that a single word follows.
  for (const [sentence, aspect] of [
    ["Marvelous Will Smith and his mostly watchable supporting cast soldier on bravely.", "acting"],
    ["An Excellent cast, all of whom gave good performances.", "acting"],
    ["Gorgeous Tuscan scenery and a breakthrough performance make it entertaining.", "acting"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe("positive");
});

// imdb-reviews (2026-12-07, the forty-second session): "during those fight sequences, there's
// nary a boring moment" faulted the pacing of a film its critic rated 8 of 10.
test("nary a … denies what it names", () => {
  for (const [sentence, aspect, polarity] of [
    ["There's nary a boring moment.", "pacing", "positive"],
    ["Nary a dull moment in this thriller.", "pacing", "positive"],
    ["It contains virtually nary a genuinely funny moment.", "humor", "negative"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe(polarity);
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-second session): "At one point, a character
// says: "Let the brown foaming mess wash all over you."" faulted the writing by the line's "mess".
test("the words of what someone else says, quoted, judge nothing", () => {
  expect(
    read('At one point, a character says: "Let the brown foaming mess wash all over you."').get(
      "writing",
    )?.polarity,
  ).not.toBe("negative");
  expect(
    read(
      'Half of the humor goes into the "how could they possibly have thought that was funny?" file.',
    ).get("humor")?.polarity,
  ).not.toBe("positive");
  // Praise set in quotes, a word or two, is irony; a fault so set is the critic's own emphasis.
  for (const sentence of [
    'Some of the jokes that were supposedly "funny" were really stupid.',
    "Season 2 started with a 'funny' scene that a dumb old man serves agent Cooper with milk.",
  ])
    expect(read(sentence).get("humor")?.polarity, sentence).toBe("negative");
  expect(
    read("Hollow and pointless - a better title would have been 'Incoherent Vice.'").get("writing")
      ?.polarity,
  ).toBe("negative");
  // The critic's own words beside the quote still judge.
  expect(
    read('The tagline promises "the funniest movie of the year" but the script is dull.').get(
      "writing",
    )?.polarity,
  ).toBe("negative");
});

// rt-reviews (2026-12-07, the forty-second session): "…, and Brolin is nothing short of a
// revelation" judged no acting in No Country for Old Men.
test("a performer nothing short of a performer's word is judged by it", () => {
  for (const sentence of [
    "Bardem is chilling, and Brolin is nothing short of a revelation.",
    "Johansson is sincere, and Murray is nothing short of great.",
    "But Fanning is nothing less than remarkable in the role.",
  ])
    expect(read(sentence).get("acting")?.polarity, sentence).toBe("positive");
  expect(read("Welcome to Collinwood is nothing short of superb.").has("acting")).toBe(false);
});

// rt-reviews (2026-12-07, the forty-second session): "it's never as fleet, funny, or detailed
// as it needs to be" praised the humour; "fails to spark this leaden comedy" the pacing.
test("a denied comparison's list, and what is not sparked, keep their judgement", () => {
  expect(
    read(
      "It aims for pulpy fun, but it's never as fleet, funny, or detailed as it needs to be.",
    ).get("humor")?.polarity,
  ).toBe("negative");
  expect(
    read("Even his boisterous energy fails to spark this leaden comedy.").get("pacing")?.polarity,
  ).toBe("negative");
});

test("a critic who scores a film is no score", () => {
  for (const sentence of [
    "The only reason I didn't score it higher is that some of the characters were uninteresting.",
    "I'd score it a 7 because the story drags.",
  ])
    expect(read(sentence).has("music"), sentence).toBe(false);
  expect(read("The score is lovely.").get("music")?.polarity).toBe("positive");
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-third session): "Too many coincidental plot
// points to be believable" praised the writing of a B- review; "far too aware of the situation
// to be convincing" the supporting cast.
test("what a film is too much of to be, it is not", () => {
  for (const [sentence, aspect, polarity] of [
    ["Too many coincidental plot points to be believable.", "writing", "negative"],
    [
      "The supporting cast were far too aware of the situation to be convincing.",
      "acting",
      "negative",
    ],
    ["This is far too stupid to be even remotely funny.", "humor", "negative"],
    [
      "It's too pleasant to be irritating, and the jokes are too crude to be funny.",
      "humor",
      "negative",
    ],
    ["The plot is too clever to be boring.", "writing", "positive"],
    // What is not too much, or only just, keeps its judgement.
    ["The jokes are neither too crude nor too silly to be funny.", "humor", "positive"],
    ["The cast is not too old to be convincing.", "acting", "positive"],
    ["The performances are too good not to be enjoyed.", "acting", "positive"],
    ["This film is almost too real to be funny.", "humor", "positive"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe(polarity);
});

// rt-reviews (2026-12-07, the forty-third session): Country Strong's page quoted "…giving depth
// and stature to an under-written character" as praise of its writing; "underwritten" was no
// judging word, nor, unhyphenated, a term.
test("an underwritten character or script is the writing faulted, not what is underwritten by", () => {
  for (const sentence of [
    "Hedlund has a surprisingly rich singing voice, the mahogany tones giving depth and stature to an under-written character.",
    "Dyan Cannon does wonders with an underwritten role as Bruhls' wife.",
    "It's ultimately overlong, underwritten and strangely unfunny.",
  ])
    expect(read(sentence).get("writing")?.polarity, sentence).toBe("negative");
  expect(read("Dyan Cannon does wonders with an underwritten role.").get("acting")?.polarity).toBe(
    "positive",
  );
  expect(read("The tour was underwritten by a bank.").has("writing")).toBe(false);
});

// imdb-reviews (2026-12-07, the forty-third session): "More a snapshot … than your typical
// dragged out biopic" faulted the pacing of a film rated 10.
test("what the usual film of its kind is, this one is not", () => {
  expect(
    read(
      "More a snapshot of the most popular pinup of all time than your typical dragged out biopic, this is fun.",
    ).get("pacing")?.polarity,
  ).toBe("positive");
  expect(
    read("It is smarter than the average thriller, with boring dialogue.").get("writing")?.polarity,
  ).toBe("negative");
  expect(
    read("This is nothing more than your typical slasher film, with boring dialogue.").get(
      "writing",
    )?.polarity,
  ).toBe("negative");
  expect(read("It's nothing more than your typical boring biopic.").get("pacing")?.polarity).toBe(
    "negative",
  );
});

// rt-reviews (2026-12-07, the forty-third session): "Turturro, by conveying his character's
// painful, ecstatic inwardness, …" faulted the writing; 11 of 12 rt-reviews snippets with "his
// character's" or "her character's" judged the writing so, each a player's work.
test("what a player conveys of their character's inner life is no writing judged", () => {
  for (const sentence of [
    "Turturro, by conveying his character's painful, ecstatic inwardness, creates a bond of sympathy with the audience.",
    "Compston makes Liam quite sympathetic; despite his character's many failings, you want the best for him.",
    "Hawke wears his character's growing uncertainty and unhappiness like a weathered second skin.",
  ])
    expect(read(sentence).has("writing"), sentence).toBe(false);
  expect(read("The characters' motivations are murky.").get("writing")?.polarity).toBe("negative");
  expect(read("The film gives its characters' lives real depth.").get("writing")?.polarity).toBe(
    "positive",
  );
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-third session): "There's no question that it
// sounds good in concept", "Some of the sketches might've sounded funny on paper, but …",
// "On paper, this movie would sound incredibly boring" (a film rated 10).
test("what a film is only on paper or in theory, it is not", () => {
  for (const [sentence, aspect, polarity] of [
    [
      "Some of the sketches might've sounded funny on paper, but they fall flat.",
      "humor",
      "negative",
    ],
    ["The idea and the script looked good on paper.", "writing", "negative"],
    ["On paper, this movie would sound incredibly boring.", "pacing", "positive"],
    ["An amazing movie that, in theory, should be boring.", "pacing", "positive"],
    // Past a contrast, the clause judges the film itself.
    [
      "What seems like a dream team on paper is more of a tedious nightmare on celluloid.",
      "pacing",
      "negative",
    ],
    ["The cast was excellent on paper and on screen.", "acting", "positive"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe(polarity);
  // What looks good on paper is no look.
  expect(read("A concept that looks good on paper goes terribly wrong.").has("visuals")).toBe(
    false,
  );
});

// rt-reviews (2026-12-07, the forty-third session): "… compelling in spite of its snail's-pace
// narrative" was quoted as praise of Silence's pacing.
test("a snail's pace, hyphened or not, is a slow one", () => {
  for (const sentence of [
    "It's the performances that make this picture compelling in spite of its snail's-pace narrative.",
    "Some of the longer gags in this snail paced movie weren't funny.",
    "It moves at a snail’s pace.",
  ])
    expect(read(sentence).get("pacing")?.polarity, sentence).toBe("negative");
});

// imdb-reviews (2026-12-07, the forty-third session): one reviewer heads a list of the players'
// nudity "Eye Candy:"; others cast a player "as eye candy". 72% of imdb-reviews' "eye candy"
// look judgements went against their review's rating.
test("eye candy is people, not the look, as a heading or a part", () => {
  for (const sentence of [
    "Eye Candy: Charlie Spradling provides the obligatory T&A",
    "The only saving grace of the film is Emily Mortimer's contribution as eye candy.",
  ])
    expect(read(sentence).has("visuals"), sentence).toBe(false);
  expect(
    read("Defiantly brainless, but it's still big-time eye candy.").get("visuals")?.polarity,
  ).toBe("positive");
});

// imdb-reviews and rt-reviews (2026-12-07, the forty-third session): "I laughed once", "I think
// I laughed twice", "Sure I laughed a couple of times" had praised the humour of films rated
// 1 to 4.
test("a laugh counted, and few, is humour faulted", () => {
  for (const sentence of [
    "I laughed once.",
    "I think I laughed twice.",
    "Sure I laughed a couple of times.",
    "I laughed maybe three times and that is not enough for a comedy.",
    "A waste of time that didn't make me laugh once.",
  ])
    expect(read(sentence).get("humor")?.polarity, sentence).toBe("negative");
  for (const sentence of [
    "I watched it again and laughed twice as hard.",
    "It's a movie that will make you laugh a few times, and cry too.",
  ])
    expect(read(sentence).get("humor")?.polarity, sentence).toBe("positive");
});

// imdb-reviews (2026-12-07, the forty-third session): "the sexy curves of good looking gals"
// praised the look of a film rated 4.
test("good-looking people are no look of the film", () => {
  for (const sentence of [
    "A private eye who never misses out on all the sexy curves of good looking gals.",
    "The lead is a good-looking woman with nothing to do.",
  ])
    expect(read(sentence).has("visuals"), sentence).toBe(false);
  expect(read("A very good looking movie that's very dumb.").get("visuals")?.polarity).toBe(
    "positive",
  );
});

// imdb-reviews and rt-reviews (2026-12-07, the forty-third session): "No-one laughed including
// the kids" had praised the humour of a film rated 1.
test("what nobody does, no one does", () => {
  for (const sentence of [
    "No-one laughed including the kids.",
    "Nobody laughed.",
    "Noone found it funny.",
  ])
    expect(read(sentence).get("humor")?.polarity, sentence).toBe("negative");
  expect(read("Nobody does funny better than Steve Martin.").get("humor")?.polarity).toBe(
    "positive",
  );
});

// imdb-reviews (2026-12-07, the forty-third session): "Lancaster over acts to the extreme" and
// "Tami Erin is cute, but overacts" judged no acting ("overacts" was a cue, not a term), and
// "the acting was truly an excellent example of over acting" praised it.
test("overacting, however written, is the acting faulted", () => {
  for (const sentence of [
    "Lancaster over acts to the extreme.",
    "Tami Erin is cute, but overacts.",
    "The acting was truly an excellent example of over acting.",
    "Glenn Close over-acts as Cruella.",
  ])
    expect(read(sentence).get("acting")?.polarity, sentence).toBe("negative");
  expect(read("He took over acting duties from his brother.").get("acting")?.polarity).not.toBe(
    "negative",
  );
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-third session): "Roll Bounce drags a little in
// its second hour", "The movie does drag a bit here and there" judged no pacing (a drag of "a
// body", "a …" was no pace).
test("a film that drags a little or a bit drags", () => {
  for (const sentence of [
    "Roll Bounce drags a little in its second hour.",
    "The movie does drag a bit here and there.",
    "It kind of drags a touch near the end.",
  ])
    expect(read(sentence).get("pacing")?.polarity, sentence).toBe("negative");
  expect(read("He drags a little girl into the woods.").has("pacing")).toBe(false);
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-third session): "won't mind the cheesy
// effects" praised the effects; "If you don't mind slow pacing …, this film will entertain" was
// quoted as pacing praise on its page.
test("what one does not mind, cannot bear or will not regret keeps its judgement", () => {
  expect(read("I couldn't bear the tedious pacing.").get("pacing")?.polarity).toBe("negative");
  expect(read("You won't regret the great cast.").get("acting")?.polarity).toBe("positive");
  expect(read("Pre-schoolers won't mind the cheesy effects.").get("effects")?.polarity).toBe(
    "negative",
  );
  expect(
    read("If you don't mind slow pacing and a talky approach, this film will entertain.").get(
      "pacing",
    )?.polarity,
  ).toBe("negative");
});

// rt-reviews (2026-12-07, the forty-third session): "Martin could have made a much more compelling
// film by focusing on just a few characters …" and "… the film might have been a lot more
// powerful" praised the writing of rotten reviews.
test("the film a maker could have made, or might have been a lot more, it is not", () => {
  for (const sentence of [
    "Martin could have made a much more compelling film by focusing on just a few characters.",
    "If Redford had drawn his characters more strongly, the film might have been a lot more powerful.",
  ])
    expect(read(sentence).get("writing")?.polarity, sentence).toBe("negative");
});

// rt-reviews (2026-12-07, the forty-third session): "a chase yarn that's staged and structured so
// halfheartedly you wonder why the filmmakers bothered" praised the direction; half-hearted,
// botched, creaky, lukewarm, unengaging (77–86% of the rt-reviews snippets that use them are
// rotten) and adroit, masterly, skilful, heartwarming (84–100% fresh) judged nothing.
test("half-hearted, creaky or unengaging work is faulted; adroit or masterly work praised", () => {
  for (const [sentence, aspect, polarity] of [
    ["The chase is staged and structured so halfheartedly.", "direction", "negative"],
    ["Its creaky narrative machinery begins to trigger your skepticism.", "writing", "negative"],
    ["The unengaging cinematography does it no favours.", "visuals", "negative"],
    ["It's the script that is thoroughly botched.", "writing", "negative"],
    ["A masterly script.", "writing", "positive"],
    ["Robinson's heartwarming breakout performance carries it.", "acting", "positive"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe(polarity);
});

// rt-reviews (2026-12-07, the forty-third session): words 80–95% of whose rt-reviews snippets are
// rotten (noisy, smug, vacuous, disappointingly …) or 94–100% fresh (unflinching, deliciously,
// wickedly …) that no list held; and what a film refrains from, it is not.
test("words one-sided in critics' snippets judge; what a film refrains from, it is not", () => {
  for (const [sentence, aspect, polarity] of [
    ["The plot is disappointingly simple.", "writing", "negative"],
    ["The cast is smug and the dialogue vacuous.", "writing", "negative"],
    ["Overheated visuals and underbaked plotting.", "visuals", "negative"],
    ["A deliciously unhinged Lassick plays the true monster.", "acting", "positive"],
    ["Hawke gives an extraordinarily controlled performance.", "acting", "positive"],
    [
      "The screenplay refrains from smug political commentary and focuses on action.",
      "writing",
      "positive",
    ],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe(polarity);
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-third session): "I haven't laughed this hard
// in a long time" had faulted the humour of films rated 9 and 10, and a fresh snippet's.
test("not laughing this hard in years is emphasis, not denial", () => {
  expect(read("I haven't laughed this hard in a long time.").get("humor")?.polarity).toBe(
    "positive",
  );
  expect(read("I haven't laughed so hard in years.").get("humor")?.polarity).toBe("positive");
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-fourth session): "You wonder if the
// filmmakers intended you to utterly despise everyone in the story" had praised the direction and
// the writing of a film rated 1/5; "I wonder what director Felix Diaz was thinking", of one rated 3/10.
test("wondering if, why or how is a doubt, not a wonder", () => {
  for (const [sentence, aspect] of [
    [
      "You wonder if the filmmakers intended you to utterly despise everyone in the story.",
      "writing",
    ],
    ["I wonder what the director was thinking.", "direction"],
    ["It makes you wonder why the script was ever filmed.", "writing"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).not.toBe("positive");
  expect(read("The script fills every scene with wonder.").get("writing")?.polarity).toBe(
    "positive",
  );
});

// imdb-reviews and rt-reviews (2026-12-07, the forty-fourth session): "This film was so bad its
// actually funny" (rated 1/10) and "…off-color, so-stupid-it's-funny big-screen goofballery" had
// praised the humour; "so bad it's funny" already faulted it.
test("so bad it is actually funny, however written, is humour faulted", () => {
  for (const sentence of [
    "This film was so bad its actually funny.",
    "It was so bad it was actually very funny.",
    "A so-stupid-it's-funny big-screen goofballery.",
    "You know those movies that are so bad they are funny?",
  ])
    expect(read(sentence).get("humor")?.polarity, sentence).toBe("negative");
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-fourth session): "It would be abhorrent if it
// weren't so screamingly funny" had faulted the humour of a B+ review; "If it weren't so boring,
// it might be funny" praised the pacing of a film rated 2/10.
test("what a film would be if it were not so, it is so", () => {
  for (const [sentence, aspect, polarity] of [
    ["It would be abhorrent if it weren't so screamingly funny.", "humor", "positive"],
    ["If it weren't so boring, it might be a decent thriller.", "pacing", "negative"],
    ["It would be a fine movie if the film wasn't so poorly acted.", "acting", "negative"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe(polarity);
  expect(read("The jokes weren't so funny.").get("humor")?.polarity).toBe("negative");
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-fifth session): "a bravo cast" had faulted
// the acting; "Kudos to the writers" had been read by the text model alone.
test("kudos and bravo praise what they name", () => {
  for (const [sentence, aspect] of [
    ["What Hitchcock lacks in substance it makes up for with a bravo cast.", "acting"],
    ["Kudos to the writers of this film for creating a supremely engaging drama.", "writing"],
    ["Bravo to the director and writer.", "direction"],
  ] as const) {
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe("positive");
    expect(read(sentence).get(aspect)?.strength, sentence).toBe(2);
  }
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-fifth session): "Maybe if the plot was more
// engaging I wouldn't have been so distracted" had praised the writing of a rotten review.
test("what a film would need its part to be, its part is not", () => {
  for (const [sentence, aspect] of [
    ["Maybe if the plot was more engaging I wouldn't have been so distracted.", "writing"],
    ["I would watch this film drawn in crayon if the story was good.", "writing"],
    [
      "The silly story might have played better if the dinosaur effects were convincing.",
      "effects",
    ],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe("negative");
  expect(read("It's as if the story was good.").get("writing")?.polarity).toBe("positive");
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-fourth session): "…that's neither thrilling,
// funny nor visually stylish enough", "Isn't sexy, funny, smart or fun", "Its not scary, funny or
// amusing" had praised the humour: a denied list without a comma before its "or" had split there.
test("a denied list reaches its middle items when no comma comes before its or", () => {
  for (const sentence of [
    "The movie isn't scary, funny or clever.",
    "An action comedy that's neither thrilling, funny nor visually stylish enough.",
    "It isn't sexy, funny, smart or fun.",
  ])
    expect(read(sentence).get("humor")?.polarity, sentence).toBe("negative");
  expect(read("The movie isn't scary, but funny and clever.").get("humor")?.polarity).toBe(
    "positive",
  );
});

// imdb-reviews (2026-12-07, the forty-fourth session): "Nothing about Lopez has ever been funny",
// "Nothing about this movie outside of its existence is funny" had praised the humour of films
// rated 4 and 1 of 10: "nothing" stood more than three words before the judging word.
test("what nothing about the film is, no part of it is", () => {
  for (const sentence of [
    "Nothing about it is funny.",
    "NOTHING in this movie is funny.",
    "Nothing about this movie outside of its existence is funny.",
    "Nothing about Lopez has ever been funny.",
    // … nor what none, no one or nobody in it is ("None of the skits are even remotely funny"
    // was already read; "None of the characters in Lampoon's so-called 'satire' are funny" not).
    "None of the jokes in this movie are funny.",
    "No one in this film is remotely funny.",
  ])
    expect(read(sentence).get("humor")?.polarity, sentence).toBe("negative");
  expect(read("Nobody in the cast is convincing.").get("acting")?.polarity).toBe("negative");
  expect(read("None of the actors in this thing are any good.").get("acting")?.polarity).toBe(
    "negative",
  );
  expect(read("Nothing about the plot is new but the film is funny.").get("humor")?.polarity).toBe(
    "positive",
  );
});

// imdb-reviews (2026-12-07, the forty-fourth session): "performances that are far from their best"
// and "the special effects were far from believable" had praised what they fault; "this film is
// far from boring" had faulted the pacing of a film rated 8/10.
test("what a film is far from, it is not", () => {
  for (const [sentence, aspect, polarity] of [
    ["Both stars give performances that are far from their best.", "acting", "negative"],
    ["The special effects were far from believable.", "effects", "negative"],
    ["This is far from being one of their best performances.", "acting", "negative"],
    ["This film is far from boring.", "pacing", "positive"],
    ["The script is far from good.", "writing", "negative"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe(polarity);
  // A distance, not a denial.
  expect(
    read("The script never strays far from the brilliant novel.").get("writing")?.polarity,
  ).toBe("positive");
});

// rt-reviews (2026-12-07, the forty-fourth session): "McDormand is superb.", "Hathaway and McAvoy
// are appealing", "McTeer is amazing in Garcia's eloquent film" had judged no acting: a surname
// alone was one capital and small letters, not McDormand's, DeNiro's or O'Shea's.
test("a surname with a prefix, alone, judged by a performer's word is the acting", () => {
  for (const sentence of [
    "McDormand is superb.",
    "Hathaway and McAvoy are appealing.",
    "DeNiro is extraordinary!",
    "O'Shea is fine in the part.",
  ])
    expect(read(sentence).get("acting")?.polarity, sentence).toBe("positive");
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-fourth session): "The film is entertaining and
// moves along at a good clip", "The plot moves along nicely throughout" judged no pacing, nor
// "It runs out of gas about halfway through".
test("a film that moves along at a good clip, or runs out of gas, is its pacing judged", () => {
  for (const [sentence, polarity] of [
    ["The film is entertaining and moves along at a good clip.", "positive"],
    ["The plot moves along nicely throughout.", "positive"],
    ["The latter keeps the narrative moving at a fast clip.", "positive"],
    ["It runs out of gas about halfway through.", "negative"],
    // rt-reviews (2026-12-07, the forty-fifth session): what flies or breezes by.
    ["The film breezes by in what feels like an instant.", "positive"],
    ["The Bourne Supremacy is a movie that absolutely flies by.", "positive"],
  ] as const)
    expect(read(sentence).get("pacing")?.polarity, sentence).toBe(polarity);
  expect(read("The cars flew by.").get("pacing")).toBeUndefined();
});

// rt-reviews (2026-12-07, the forty-fourth session): "This Gothic Hitchcock-Poe mash-up is a feast
// for the eyes", "Geisha is a feast for the eyes, but icy to the touch" judged no look.
test("a feast for the eyes is the look praised", () => {
  for (const sentence of [
    "This Gothic mash-up is a feast for the eyes.",
    "Meticulously produced, it is a feast for the eyes, but icy to the touch.",
  ])
    expect(read(sentence).get("visuals")?.polarity, sentence).toBe("positive");
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-fourth session): "exuding bad vibes crackling
// with charismatic menace" had faulted Sarandon's acting; "a detailed and sparkling story" the
// writing of a film rated 7/10; "The dialogue crackles" judged it only by the text model.
test("what crackles, sparkles or bristles is praised", () => {
  expect(read("The dialogue crackles.").get("writing")?.strength).toBe(2);
  for (const [sentence, aspect] of [
    ["It is a detailed and sparkling story of the innocent poor masses.", "writing"],
    ["Theron turns it into a bristling performance.", "acting"],
    ["Crackling dialogue and an emotional wallop.", "writing"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe("positive");
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-fourth session): "Campion's story … recasts the
// hackneyed old stanza in refreshing new verse" had faulted the writing of a film rated 4/5 (its
// "hackneyed" only); "Pryce gives one of the year's most refreshingly uninhibited performances"
// judged the acting neither way.
test("refreshing, lovable, soulful and humane praise", () => {
  for (const [sentence, aspect] of [
    ["Campion's story recasts the hackneyed old stanza in refreshing new verse.", "writing"],
    ["Pryce gives one of the year's most refreshingly uninhibited performances.", "acting"],
    ["His song is soulful and soothing.", "music"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe("positive");
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-fourth session): "…loses direction and devolves
// into a mishmash of story lines" had praised the writing of a film rated 2/4; "the comedy is
// strained" the humour of one rated 2/10; "a mechanical performance" judged the acting neither way.
test("a mishmash, a strained comedy, a mechanical performance are faulted", () => {
  for (const [sentence, aspect] of [
    ["It loses direction and devolves into a mishmash of story lines.", "writing"],
    ["The comedy is strained and the talk sounds fake.", "humor"],
    ["It is quite another thing to love a mechanical performance.", "acting"],
    ["Much of the story unfolds predictably.", "writing"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe("negative");
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-fourth session): "A modest but often
// side-splitting effort from the neurotic comic", "…slapstick comedy that will have you in
// stitches", "Some of the lines just crack me up" judged no humour.
test("laughter named by its effect is the humour", () => {
  for (const [sentence, polarity] of [
    ["A modest but often side-splitting effort from the neurotic comic.", "positive"],
    ["The slapstick will have you in stitches.", "positive"],
    ["Some of the lines just crack me up.", "positive"],
    ["It never had me in stitches.", "negative"],
  ] as const)
    expect(read(sentence).get("humor")?.polarity, sentence).toBe(polarity);
  expect(read("It's not all it's cracked up to be.").has("humor")).toBe(false);
});

// rt-reviews (2026-12-07, the forty-fourth session): "It's this career-best turn from Cumberbatch",
// "the terrific turn by Adams", "Schneider's one-note turn" judged no acting.
test("a performer's turn, judged, is the acting", () => {
  for (const [sentence, polarity] of [
    ["It's this career-best turn from Cumberbatch which helps to raise the game.", "positive"],
    ["What pushes the film over the top is the terrific turn by Adams.", "positive"],
    ["The film suffers from an unconvincing turn by Gaspard Ulliel.", "negative"],
    // (One list of words for a turn and for work: "a sterling turn from Busey".)
    ["A drama that boasts a sterling turn from Busey.", "positive"],
  ] as const)
    expect(read(sentence).get("acting")?.polarity, sentence).toBe(polarity);
  expect(read("The film takes a stunning turn halfway through.").has("acting")).toBe(false);
});

// rt-reviews (2026-12-07, the forty-fourth session): "…with terrific work from Morgan Freeman and
// Matt Damon", "Features outstanding work by Margot Robbie", "Nicolas Cage is in top form" judged
// no acting.
test("a performer's work, judged, and a performer in top form are the acting", () => {
  for (const sentence of [
    "Inspirational sports film, with terrific work from Morgan Freeman and Matt Damon.",
    "Features outstanding work by Margot Robbie.",
    "Nicolas Cage is in top form.",
  ])
    expect(read(sentence).get("acting")?.polarity, sentence).toBe("positive");
  expect(read("A great work by a great artist.").has("acting")).toBe(false);
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-fourth session): "a dark, heart-wrenching
// masterpiece from British director Ken Loach", "An excellent, creepy 70s classic from director
// Michael Winner" had praised the direction: a film from its director, judged, is the film's
// judgement and a credit (the issue's "a job title with an overall judgement taken as an aspect").
test("a film from its director, judged, is no judgement of the direction", () => {
  const credited = (sentence: string) =>
    aspectsInSentence(sentence, (clause) => model.clauseLean(clause), findPeople(sentence)).map(
      (a) => a.aspect,
    );
  for (const sentence of [
    "A dark, heart-wrenching masterpiece from British director Ken Loach.",
    "An excellent, creepy 70s classic from director Michael Winner.",
    "The Shop Around the Corner is one of the great films from director Ernst Lubitsch.",
    "Fine Tracy-Hepburn comedy-romance directed by George Stevens.",
    "Sublime, another rapturous family story from Japanese auteur Hirokazu Koreeda.",
  ])
    expect(credited(sentence), sentence).not.toContain("direction");
  // … but what the director does, judged, still is.
  expect(credited("Writer-director Derrick Borte makes an impressive film debut.")).toContain(
    "direction",
  );
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-fourth session): "Aside from a couple of
// tone-deaf casting choices" and "the sophisticated use of CGI is in every single instance
// ill-judged" judged by the text model alone; "The editing is razor-sharp" too.
test("hyphened words no list held judge", () => {
  for (const [sentence, aspect, polarity] of [
    [
      "Aside from a couple of tone-deaf casting choices, it is a funny story.",
      "acting",
      "negative",
    ],
    ["The use of CGI is in every single instance ill-judged.", "effects", "negative"],
    ["The editing is razor-sharp.", "editing", "positive"],
  ] as const) {
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe(polarity);
    expect(read(sentence).get(aspect)?.strength, sentence).toBe(2);
  }
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-fourth session): "Neither George Hickenlooper's
// direction nor Captain Mauzer's screenplay is particularly compelling" had praised the direction,
// "Neither the actors nor the directing is good" the acting: the first of the two was read past
// the three words a negation reaches.
test("what neither one nor the other is, neither is", () => {
  for (const [sentence, aspects] of [
    [
      "Neither the direction nor the screenplay is particularly compelling.",
      ["direction", "writing"],
    ],
    ["Neither the actors nor the directing is good.", ["acting", "direction"]],
    ["With neither its premise nor its execution quite inspired enough.", ["writing"]],
  ] as const)
    for (const aspect of aspects)
      expect(read(sentence).get(aspect)?.polarity, `${sentence} ${aspect}`).toBe("negative");
  expect(
    read("Neither the script nor the acting is good, but the music is great.").get("music")
      ?.polarity,
  ).toBe("positive");
});

// rt-reviews and imdb-reviews (2026-12-07, the forty-fourth session): "Dickie is great in concept,
// so-so in execution" had praised the direction, "good ambiance and so-so acting" the acting of
// a film rated 3/10; "so-so" judges what it modifies only, so the actors who "bring a so-so
// script to life" are not faulted with it.
test("what is so-so is faulted, and only it", () => {
  expect(read("Good ambiance and so-so acting.").get("acting")?.polarity).toBe("negative");
  expect(read("So-so adaptation of the Curt Siodmak novel.").get("writing")?.polarity).toBe(
    "negative",
  );
  const both = read("The actors bring a so-so script to life.");
  expect(both.get("writing")?.polarity).toBe("negative");
  expect(both.get("acting")?.polarity).not.toBe("negative");
});

// imdb-reviews and rt-reviews (2026-12-07, the forty-fourth session): "the parts that are
// supposedly funny isn't even funny" had praised the humour of a film rated 1/10, "these
// supposedly good actors unable to insert expression" the acting, "For a supposedly strong
// character" the writing of a film rated 4/10.
test("what a film is supposedly good at, it is not", () => {
  for (const [sentence, aspect] of [
    ["The problem is, the parts that are supposedly funny isn't even funny.", "humor"],
    ["It was terrible to see these supposedly good actors unable to insert expression.", "acting"],
    ["For a supposedly strong character, she does little.", "writing"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe("negative");
});

// imdb-reviews (2026-12-07, the forty-fourth session): "Why anyone thinks this is a good film let
// alone funny is a true mystery" and "…offer nothing interesting, let alone funny" had praised
// the humour of films rated 1/10.
test("what a film is not, let alone, it is not", () => {
  for (const sentence of [
    "Why anyone thinks this is a good film let alone funny is a true mystery.",
    "They don't even come across as sexy, let alone funny.",
  ])
    expect(read(sentence).get("humor")?.polarity, sentence).toBe("negative");
});

// imdb-reviews and rt-reviews (2026-12-07, the forty-fourth session): "That would have been funny
// if it weren't for the fact that 'The Simpsons' had already done it", "I would have laughed out
// loud, and a lot, but was on a date" had praised the humour of films rated 1 and 2 of 10; "If the
// director had gone for parody and broad comedy this would have been a great movie" the direction.
test("what a film would have been, or made us do, it is not", () => {
  for (const [sentence, aspect] of [
    ["That would have been funny if The Simpsons hadn't already done it.", "humor"],
    ["I would have laughed out loud, and a lot, but was on a date.", "humor"],
    ["If the director had gone for parody this would have been a great movie.", "direction"],
  ] as const)
    expect(read(sentence).get(aspect)?.polarity, sentence).toBe("negative");
  // (Not what others could have done: "too many other actresses could have carried this film".)
  expect(
    read("I'm not sure too many other actresses could have carried this film.").get("acting")
      ?.polarity,
  ).toBe("positive");
});

// rt-reviews (2026-12-07, the forty-fourth session): "as a sturdy and consistent character study it
// never quite gels" had praised the writing (the text model's reading); "a story line that never
// gels" faulted it by the model alone.
test("what never gels or clicks is faulted", () => {
  for (const sentence of [
    "As a sturdy and consistent character study it never quite gels.",
    "The script just never jells.",
  ]) {
    expect(read(sentence).get("writing")?.polarity, sentence).toBe("negative");
    expect(read(sentence).get("writing")?.strength, sentence).toBe(2);
  }
});

// imdb-reviews and rt-reviews (2026-12-07, the forty-fourth session): "Technically, it looks like a
// made-for-tv film", "This movie was obviously shot on a camcorder", "When your latest romantic
// comedy looks like TV …" judged no look.
test("a film that looks like a TV movie or was shot on a camcorder has its look faulted", () => {
  for (const [sentence, polarity] of [
    ["Technically, it looks like a made-for-tv film.", "negative"],
    ["This movie was obviously shot on a camcorder.", "negative"],
    ["It looks like a student film project.", "negative"],
    ["Unlike most such episodes, it doesn't look like a cheap made-for-TV show.", "positive"],
  ] as const)
    expect(read(sentence).get("visuals")?.polarity, sentence).toBe(polarity);
});

// Written out (2026-12-07, the forty-fourth session): "Not a single scene is funny" had praised the
// humour, "Not a single scene or character is convincing" the writing — a denied scene reached
// only what it was "of" or what it "is that"; "Not a single joke is funny" was read right.
test("what not a single scene is, no scene is", () => {
  expect(read("Not a single scene is funny.").get("humor")?.polarity).toBe("negative");
  expect(read("Not a single scene or character is convincing.").get("writing")?.polarity).toBe(
    "negative",
  );
  expect(read("There's not a moment that isn't funny.").get("humor")?.polarity).toBe("positive");
});

// Read on film pages (2026-12-08, the fiftieth session): Alfie's music praise was "It's like a
// fine cover of a classic song", Evelyn's "in the reassuring manner of a beautifully sung holiday
// carol"; Bandslam's direction and music praise "as rare and welcome as a well-crafted
// three-minute pop song" — the song a film is likened to is none of its own.
test("a song in a simile is no music of the film's", () => {
  for (const sentence of [
    "It's like a fine cover of a classic song - familiar yet refreshingly different.",
    "The film is predictable in the reassuring manner of a beautifully sung holiday carol.",
    "And that's as rare and welcome as a well-crafted three-minute pop song.",
  ])
    expect(
      [...read(sentence).keys()].filter((a) => a !== "writing"),
      sentence,
    ).toEqual([]);
  expect(read("I didn't like a single song in it.").get("music")?.polarity).toBe("negative");
  expect(read("Her medley of songs as a child was top-notch.").get("music")?.polarity).toBe(
    "positive",
  );
  expect(read("The songs are beautifully sung.").get("music")?.polarity).toBe("positive");
});

// Read on imdb-reviews' pages: "The script is a joke", "the special effects are a joke" and
// "This movie is a joke" were humour complaints — an insult, not the film's comedy.
test("what is called a joke is judged, not the humour", () => {
  expect([...read("The script is a joke.")].map(([a, m]) => `${a} ${m.polarity}`)).toEqual([
    "writing negative",
  ]);
  expect(read("The special effects are a joke.").get("effects")?.polarity).toBe("negative");
  expect(read("This movie is a complete joke.").has("humor")).toBe(false);
  expect(read("It's a joke that never lands.").get("humor")?.polarity).toBe("negative");
  expect(read("The jokes are bad.").get("humor")?.polarity).toBe("negative");
});

// "the novelty of this world of nothing becomes rather dull" praised the pace: "nothing" that
// is what something is of, and does something, denies nothing.
test("a world of nothing that becomes dull is dull", () => {
  const sentence = "After a while the novelty of this world of nothing becomes rather dull.";
  expect(read(sentence).get("pacing")?.polarity).toBe("negative");
  expect(read("Nothing here is dull.").get("pacing")?.polarity).toBe("positive");
});

// Read on imdb-reviews' pages: a music box sold in the story was the music praised ("box" was
// spelt "boxes?", which matches neither "box" nor only "boxes"), the television sets people
// watch were the sets, an actress "beautiful to look at" the film's look, a hero framed for
// murder its framing.
test("a music box, a television set, a pretty actress and a frame-up are no craft", () => {
  for (const sentence of [
    "All they have to go on is a photo of a young girl standing by an ornate music box.",
    "Some people are perfectly fine with watching real death on their television sets.",
    "But she's incredibly beautiful to look at.",
    "Although I have to admit she is a pleasure to look at.",
    "He takes revenge on the man who framed him.",
    "He discovers he was framed.",
  ])
    expect([...read(sentence).keys()], sentence).toEqual([]);
  expect(read("The film is gorgeous to look at.").get("visuals")?.polarity).toBe("positive");
  expect(read("The sets are gorgeous.").get("visuals")?.polarity).toBe("positive");
  expect(read("Every shot is beautifully framed.").get("visuals")?.polarity).toBe("positive");
});

// Read among judgements against their review's verdict: "It's rarely as playful or funny or
// loose or hip as it hopes" and "Hancock is never as serious or funny or poignant as it could
// be" praised the humour (a denied list was read only with commas); "Too scattered and
// insubstantial to be as funny and moving as it could have been" too.
test("a denied list with or, and what is too much to be as funny as it could have been", () => {
  for (const sentence of [
    "It's rarely as playful or funny or loose or hip as it hopes.",
    "Hancock is never as serious or funny or poignant as it could be.",
    "Too scattered and insubstantial to be as funny and moving as it could have been.",
    "It isn't heartbreaking, heartwarming, or funny.",
  ])
    expect(read(sentence).get("humor")?.polarity, sentence).toBe("negative");
  expect(read("It's not only scary or funny, it's smart.").get("humor")?.polarity).toBe("positive");
  expect(read("Before the TV music channels made biographies a formula.").has("music")).toBe(false);
});

// Read on film pages: The Bridges of Madison County's writing praise was "Streep makes her
// character known in no time flat", Life or Something Like It's "she never lets her character
// become a caricature" — what a player does with his or her character is the acting.
test("what a player does with his or her character is the acting", () => {
  for (const sentence of [
    "Streep makes her character known in no time flat.",
    "Cynthia Nixon digs so deep into her character that you can feel her nerve endings.",
    "She develops and presents her character quite nicely.",
    "But he sketches his character deftly and demonstrates his professional savvy.",
  ]) {
    const found = read(sentence);
    expect(found.get("acting")?.polarity, sentence).toBe("positive");
    expect(found.has("writing"), sentence).toBe(false);
  }
  expect(read("His character is so dumb.").get("writing")?.polarity).toBe("negative");
  expect(read("Director Smith makes her character a cipher.").has("acting")).toBe(false);
});

// Read among rotten reviews' humour praise: "but I couldn't even find it funny" (a critic's
// opinion denied past "even"), "too timid to be satisfactorily funny or insightful" (what is too
// much to be, past any adverb); and the reviewer's own "writing a couple of trite, glib
// sentences" was the film's writing.
test("a denied opinion past even, too timid to be satisfactorily funny, the reviewer's sentences", () => {
  for (const sentence of [
    "But I couldn't even find it funny.",
    "Only intermittently engaging and too timid to be satisfactorily funny or insightful.",
  ])
    expect(read(sentence).get("humor")?.polarity, sentence).toBe("negative");
  expect(read("I didn't even find the acting good.").get("acting")?.polarity).toBe("negative");
  expect(
    read("I cannot even consider writing a couple of trite, glib sentences about it.").size,
  ).toBe(0);
  expect(read("The writing is sharp.").get("writing")?.polarity).toBe("positive");
});

// Read on imdb-reviews' pages: "it is unacceptable that such a great actress accepts such a
// script" praised the writing — every term of a clause had been judged by all its judging words,
// "great" too, which is the actress's.
test("the judging words right before another aspect's term are that term's", () => {
  for (const sentence of [
    "It is unacceptable that such a great actress accepts such a script.",
    "A great cast is stuck with the script.",
  ]) {
    const found = read(sentence);
    expect(found.get("acting")?.polarity, sentence).toBe("positive");
    expect(found.get("writing")?.polarity, sentence).not.toBe("positive");
  }
  // … but not where the two terms are one list, or the word before the other term judges it
  // itself ("messy and rambling").
  for (const sentence of ["A great cast and script.", "Brilliantly acted and written."])
    expect(read(sentence).get("writing")?.polarity, sentence).toBe("positive");
  expect(read("The script is somewhat messy and rambling.").get("writing")?.polarity).toBe(
    "negative",
  );
  expect(read("So utterly awful from acting to sound mixing.").get("music")?.polarity).toBe(
    "negative",
  );
  expect(read("A talented cast wasted on a weak script.").get("writing")?.polarity).toBe(
    "negative",
  );
});

// Mined from the dev half's missed pacing complaints: what "starts to get repetitive", what
// "goes slack", and yawning viewers had no term.
test("what grows repetitive or goes slack, and yawning viewers, fault the pace", () => {
  for (const sentence of [
    "Watching the squad roam the dark corridors starts to get repetitive.",
    "The climactic game goes slack repeatedly.",
    "Parents will be yawning and looking at their watches.",
  ])
    expect(read(sentence).get("pacing")?.polarity, sentence).toBe("negative");
  for (const sentence of [
    "The script's yawning gaps in logic are a problem.",
    "When he is yawning you hear it.",
    "Some of the gags do feel a bit repetitive.",
  ])
    expect(read(sentence).has("pacing"), sentence).toBe(false);
});

describe("aspects: a clause no words judge, read in the light of the critic's own word", () => {
  const stated = (sentence: string, verdict: "positive" | "negative" | null) =>
    aspectsInSentence(sentence, (clause) => model.clauseLean(clause), [], [], verdictLean(verdict))
      .map((a) => `${a.aspect} ${a.polarity}`)
      .join(", ");

  test("the model alone cannot tell; a fresh review's is praise, a rotten one's a complaint", () => {
    const sentence = "The sound design turns every creak of the house into a threat.";
    expect(stated(sentence, null)).toBe("music neutral");
    expect(stated(sentence, "positive")).toBe("music positive");
    expect(stated(sentence, "negative")).toBe("music negative");
  });

  test("the critic's words outrank the verdict", () => {
    expect(stated("The dialogue is terrible.", "positive")).toBe("writing negative");
    expect(stated("The cast is superb.", "negative")).toBe("acting positive");
  });

  test("a rating leans as far as a verdict 20 points or more from 60, nearer in proportion", () => {
    expect(verdictLean(null, 100)).toBe(verdictLean("positive"));
    expect(verdictLean(null, 80)).toBe(verdictLean("positive"));
    expect(verdictLean(null, 30)).toBe(verdictLean("negative"));
    expect(verdictLean(null, 70)).toBeCloseTo(verdictLean("positive") / 2);
    expect(verdictLean(null, 60)).toBe(0);
    expect(verdictLean(null, null)).toBe(0);
    expect(verdictLean("negative", 100)).toBe(verdictLean("negative"));
  });

  test("what the verdict leans is never quoted as a judgement in words", () => {
    const [found] = aspectsInSentence(
      "The sound design turns every creak of the house into a threat.",
      (clause) => model.clauseLean(clause),
      [],
      [],
      verdictLean("positive"),
    );
    expect(found?.strength).toBeGreaterThan(0);
    expect(found?.strength).toBeLessThan(1.5);
  });
});
