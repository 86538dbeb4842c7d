"""Own short word lists per language behind :mod:`~transforms.privacy.pii.foreign_lists` (issue 14):
function words (English and per language), name particles, titles and role words, reporting
verbs, place prepositions; all lower-cased.
"""

from __future__ import annotations

from transforms.privacy.pii.word_sets import word_set

EN_FUNCTION = word_set("""
the a an and or but if is are was were be been to of on at for with from by this that these
those it its you he she we they my your our their me him her us them can would should will
have has had do does did not how what why when where which who please
""")
# Function words that open sentences or glue to names, per language (lower-cased); a frequency
# list covers the rest for the languages pyspellchecker knows.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    # German: the fallback list below plus months and abbreviations spaCy calls names, and
    # prepositions, adverbs, conjunctions and pronouns that open sentences ("Seit", "Hier")
    "de": word_set("""
januar februar märz april mai juni juli september oktober november dezember
mio mrd tsd bzw usw ca nr
ab als am an auf aus bei beim bereits bis da dabei dadurch dafür dagegen daher damals damit
danach dann daran darauf darin darum darüber dass davon dazu denn deshalb dessen dort doch du
durch ebenfalls eher einst erst etwa euch falls fast ferner ganz gar gegen genau gerade gestern
heute hier hinter ihm ihn ihnen ihr ihre immer indem inzwischen ja jedoch jetzt kaum man mehr
mich mir mittlerweile morgen nach nachdem neben nein noch nun nur ob obwohl oft ohne schon sehr
seit seitdem sich so sofort sogar sondern später statt trotz trotzdem um unter vielleicht vom
von vor während wann warum was weder weil weiter wer weshalb wieder wo wodurch wohl zudem zum
zur zwar zwischen über
"""),
    "da": word_set("""
og i at det en den til er som på de med han af for ikke der var mig sig men et har om vi min
havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her alle
vil blev kunne ind når være noget ville jo deres efter ned skulle denne end dette også under
have dig hende meget sit sine mod disse hvis din nogle hos blive mange bliver hendes været
sådan så nej ja tak hvorfor hvordan hvem jeg
"""),
    "sv": word_set("""
och att det som en på är av för med till den har de inte om ett han men var jag sig från vi
så kan man när år säger hon under också efter eller nu sin där vid mot ska skulle kommer ut
får finns vara hade alla andra mycket än här då sedan över bara in blir upp även vad
"""),
    # Croatian, Serbian (Latin script) and Bosnian: the identifier answers "hr" for all three
    # (UNER hr/sr SET dev); conjunctions, prepositions, pronouns, adverbs and number words that
    # open sentences, and months (own list)
    "hr": word_set("""
i u na je se da za od su sa o ali ne što šta koji koja koje kao iz po će ga mu ih im kako pa
te ni ili jer kad kada gdje gde tako već još samo sve svi nakon prije pre poslije posle prema
tijekom tokom između protiv bez kod danas sutra jučer juče ovaj ova ovo taj ta tih tim više
manje oko zbog dok nego čak ipak međutim stoga zato također takođe vrlo jako možda ovdje ovde
tamo sada onda ako opet ja ti on ona ono mi vi oni one njegov njegova njezin njen njihov naš
vaš moj tvoj jedan jedna dva dvije tri četiri pet šest sedam osam devet deset sto tisuću
siječanj veljača ožujak travanj svibanj lipanj srpanj kolovoz rujan listopad studeni prosinac
januar februar mart april maj jun juli avgust septembar oktobar novembar decembar
"""),
    # Slovak (own list, as above)
    "sk": word_set("""
aj ale alebo ako aby že sa si je sú bol bola bolo boli v vo na z zo od po pri pre pred za u
k ku s so cez bez medzi nad pod podľa počas okrem kvôli už ešte len tiež však teda keď kde
kto čo ktorý ktorá ktoré tá tento táto toto tam teraz potom dnes včera zajtra veľmi ja ty on
ona ono my vy oni ich jeho jej náš váš môj tvoj nie áno tak preto pretože ak hoci lebo
január február marec apríl máj jún júl august september október november december
"""),
    # Czech (own list, as above)
    "cs": word_set("""
ale nebo jako aby že se si je jsou byl byla bylo byli v ve na z ze od po při pro před za u k
ke s přes bez mezi nad pod podle během kromě už ještě jen také však tedy když kde kdo co
který která které ta tento tato toto tam tady teď potom dnes včera zítra velmi já ty on ona
ono my vy oni jejich jeho její náš váš můj tvůj ne ano tak proto protože pokud
leden únor březen duben květen červen červenec srpen září říjen listopad prosinec
"""),
    # Slovenian (own list, as above)
    "sl": word_set("""
in je se da na v za z s so pa ki ne po od pri kot ali tudi že še samo danes včeraj jutri
zelo jaz ti on ona mi vi oni njegov njen naš vaš moj kje kdo kaj kateri ta ter ker če ko
vendar
"""),
    "no": word_set("""
og i det på som er en til å han av for med at var de ikke den har jeg om et men så seg hun
hadde fra vi du kan da ble ut skal der etter når nå over være hva ved eller meg denne
"""),
}
FUNCTION_WORDS["sr"] = FUNCTION_WORDS["bs"] = FUNCTION_WORDS["hr"]
_SLAVIC = ("hr", "sr", "bs", "sk", "cs", "sl")
# The lists language identification and the shared given names read: without the Slavic ones
# ("ali", "tako", "pri" would tip short English or German lines), which only serve sentences
# the identifier already called Slavic.
ID_FUNCTION_WORDS = {k: v for k, v in FUNCTION_WORDS.items() if k not in _SLAVIC}
# More Swedish sentence openers spaCy calls names (UNER Swedish Talbanken dev: "Många",
# "Först", "Denna", "Deras", "Jo"): pronouns, determiners and adverbs, own list; kept out of
# identification like the Slavic lists ("Hans", "Din", "Jo" are given names elsewhere)
FUNCTION_WORDS["sv"] = FUNCTION_WORDS["sv"] | word_set("""
denna detta dessa hans hennes deras dess min din mitt ditt mina dina vår vårt våra er ert era
först många båda bör medan ja jo nej du ni dig mig oss dem honom henne likadant varför hur
vem vilken vilket vilka varje någon något några ingen inget inga samma sådan sådana
""")
# More Norwegian sentence openers spaCy calls names (NorNE train: Nynorsk "Ho", "Desse",
# "Medan", Bokmål "Både", "Altså"): Bokmål and Nynorsk pronouns, determiners, adverbs,
# conjunctions, interjections and modal verbs, own list; kept out of identification like the
# Swedish one ("Dei", "Må", "Ta" are words elsewhere). Not "hans", "finn": given names too.
FUNCTION_WORDS["no"] = FUNCTION_WORDS["no"] | word_set("""
meg min mitt mine deg din ditt dine ham henne hennes oss vår vårt våre dere deres dem sin sitt
sine man noen noe ingen ingenting alle andre annen annet hver hvert begge både samme slik slike
dette disse ja nei jo tja altså bare også siden fordi mens hvis enn enda ennå likevel derfor
dessuten kanskje aldri alltid ofte her hvor hvem hvorfor hvordan hvilken hvilket hvilke veldig
liksom lenger før under mellom må vil bør kunne skulle ville
eg mi di ho honom hennar me dykk dykkar dei deira ein eit nokon noko nokre inkje kvar kvart
båe same ikkje berre òg sidan medan viss endå enno difor dessutan kva kven kvifor korleis anten
heller no då mykje desse sjølv mange fleire meir mest heile selv flere mer hele
""")
# Hungarian sentence openers spaCy or the place lists take for names (NYTK-NerKor dev: "Talán",
# "Minden", "Lehet", "Abban" read as "Abba" + -n): articles, pronouns and their case forms,
# conjunctions, adverbs, interjections and polite formulas, own list; kept out of
# identification like the Swedish one ("Te", "Na", "Meg" are words elsewhere)
FUNCTION_WORDS["hu"] = word_set("""
a az egy és is nem hogy de meg még már csak is sem se ha mert pedig vagy illetve valamint
talán lehet persze igen nem hát na jó rendben köszönöm kérem kérlek szia helló viszlát
minden mindent mindenki mindenkit mindig mindez mindezt mindketten semmi semmit senki senkit
soha sokat sok kevés néha itt ott most akkor aztán azután majd ma tegnap holnap így úgy ugyan
én te ő mi ti ők engem téged őt minket titeket őket nekem neked neki nekünk nektek nekik
magam maga magát maguk önök ön önként saját abban ebben arra erre arról erről attól ettől
azzal ezzel annak ennek ez azt ezt ezek azok hol hova honnan hová mikor miért hogyan mennyi
mennyivel melyik milyen mit mi ki kit kinek természetesen szintén tehát ezért azért mégis
viszont különben később korábban végül először is mind sőt bár noha amikor ahol amely amelyik
aki ami amit amíg mint mintha úgyhogy nagyon igazán tényleg éppen épp csupán szerintem
""")
FALLBACK_FUNCTION = word_set("""
der die das und ist ich nicht mit ein eine den dem zu auf für sie wir auch oder aber wie wenn
el los las es por para con una del que se mi como pero
le les des est je une pour avec dans sur qui pas mais vous nous ce cette
o os um uma com não em no na nos nas do da dos das ao mas só segundo a e
il gli che è di per non sono
het een en van ik je niet met voor op zijn dat
""")

# Name particles that may join capitalised words inside one name ("Manoel de Oliveira").
PARTICLES = word_set("de da do dos das del della di du van von der den ter ten af la le")
# Titles and role words right before a name: evidence that the run is a person.
TITLES = word_set("""
herr frau hr hr. fr fr. dr dr. prof prof. sr sr. sra sra. srta srta. dona dom senhor senhora
don doña monsieur madame mme mme. m. mlle signor signora sig. sig.ra dott. meneer mevrouw dhr.
mevr. fru frk. pan pani
presidente presidenta ministro ministra prefeito prefeita governador governadora deputado
deputada senador senadora treinador técnico juiz papa rei rainha príncipe princesa
präsident präsidentin kanzler kanzlerin minister ministerin bürgermeister bürgermeisterin
onkel tante oberarzt chefarzt trainer sprecher sprecherin
président présidente ministre maire roi reine
statsminister formand borgmester direktør kong dronning prins prinsesse
onkel faster moster kronprins
pappa mamma bestefar bestemor farfar farmor morfar mormor
ministre sindaco re regina
presidentti pääministeri ministeri ulkoministeri valtiovarainministeri kansanedustaja
puheenjohtaja johtaja toimitusjohtaja pormestari professori tohtori herra rouva neiti
kuningas kuningatar prinssi prinsessa keisari paavi piispa arkkipiispa kirkkoherra pastori
arkkitehti kirjailija näyttelijä laulaja säveltäjä kuvanveistäjä ohjaaja valmentaja kapteeni
kenraali eversti tallipäällikkö
""")
# Reporting verbs next to a name in news prose ("Müller sagte", "sagte Rüttgers", "sagde
# Lis"), lower-cased; own short list.
REPORTING_VERBS = word_set("""
sagte erklärte betonte meinte sagt erklärt betont meint
sagde siger forklarer forklarede mener mente udtaler udtalte
disse afirmou declarou diz
""")
# Place prepositions per language, lower-cased ("em Lisboa", "nach Berlin", "i Aarhus").
PLACE_PREPOSITIONS = word_set("""
em no na nos nas para de do da até desde
in nach aus bei von zu im am
en à au aux vers
i på fra til mod ved
från till
a al del desde hacia
naar uit bij
""")
