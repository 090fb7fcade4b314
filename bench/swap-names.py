"""Swapped-name views of a CoNLL tuning file (names62, issue 14): a measuring device for what names the model has
never seen cost. Each gold person and place mention — and each place inside a gold organisation ("Bank of X", "X
Ministry of Y", "Democratic Party of X") — is replaced by a name of the same type, consistently within the file (so
within each document): a place by a GeoNames populated place, first-level region or country of Africa, South,
South-East and East Asia, the Middle East or Latin America (the name as GeoNames gives it or, one time in two, one of
its Latin-script alternate spellings); a person by given names and a surname of one region drawn from the lists
written below in this file (not taken from any corpus). A surname keeps its replacement wherever it recurs ("Obama"
after "Barack Obama"), and so does each given name. Tokens and tags stay aligned: a replacement of k words takes k
tokens tagged B-/I- of the mention's own tag; every other token and tag is as given. Lower-case and all-capital
mentions keep their case style. The draw is fixed by the seed.

Formats: token-TAB-tag files (CrossNER) and numbered Universal NER files (`# text =` lines are rewritten from the
tokens, token numbers renumbered). Types by tag as `EntityTypes.fromTag`: person/politician/PER, location/country/
LOC/GPE, organisation/politicalparty/ORG.

The organisation view (names63, `--orgs`): instead, each gold organisation is replaced whole, consistently within the
file, by an invented organisation of the same shape (persons and places are left as given). The shape is read from
the original's words (`ORG_SHAPES` below, first match wins): a party ("X Peoples Party", "X Democratic Alliance",
"Movement for X Renewal"), a front or armed group ("X Liberation Front", "Movement for the Liberation of X", "X
Patriotic Army", "Ansar al-X Brigade"), a ministry or department ("Ministry of X Affairs", "Ministry of Lands and X
Development", "X Department of Finance"), an agency, bureau or authority ("X News Agency", "X Revenue Authority", "X
Anti-Corruption Bureau"), a court ("Supreme Court of X", "X High Court"), a commission, council, committee or board
("Independent Electoral Commission of X", "X Coffee Board", "National Council of X"), a university or institute
("University of X", "X University of Science and Technology", "X Institute of Technology"), a bank ("Central Bank of
X", "X Development Bank"), a union, federation or association ("X Teachers Union", "Federation of X Traders"), a
company ("X Holdings", "X Petroleum Corporation", "X Cement Industries", "X Airways", "X Telecom"), a news outlet ("X
Times", "X Daily Monitor"), an acronym (letters of its length; an acronym whose letters are the initials of an
organisation swapped before it in the file takes the initials of that organisation's replacement, so "(ABC)" after
its expansion stays its acronym) and, for any other name, one invented word for a one-word name or "X Group", "X
Foundation", "X Organisation" for longer ones. X is a GeoNames place of the regions above (one word, or two) or, one
time in two, an invented word of two or three syllables. Lower-case and all-capital mentions keep their case.

Usage: python3 bench/swap-names.py IN OUT [--seed N] [--geonames DIR] [--orgs]
  e.g. python3 bench/swap-names.py /work/shared/data/ner/train/crossner-politics/dev.txt /tmp/x/cp-dev-swap.txt
Then: precis eval ner --raw --conll OUT (beside the original file)."""
import argparse, collections, hashlib, os, random, re, sys

# Person names, written for this tool: (given names, surnames) by region. Surnames of several words ("bin Said",
# "de la Cruz") give several tokens.
PEOPLE = {
    'arabic': (
        'Ahmed Khalid Faisal Tariq Yousef Hamdan Saeed Nasser Rashid Majid Omar Ziad Walid Jamal Karim Bassam Fadi '
        'Hisham Marwan Samir Nabil Adel Ayman Salim Hamza Bilal Anwar Fatima Aisha Mariam Layla Noura Huda Rania Salma '
        'Dalia Yasmin Amal Hanan Samira Nadia Lubna Reem', [
            'al-Harthi', 'al-Rawahi', 'al-Busaidi', 'al-Mazrouei', 'al-Suwaidi', 'al-Qahtani', 'al-Otaibi', 'al-Dosari',
            'Haddad', 'Khoury', 'Nasrallah', 'Barakat', 'Mansour', 'Hamdan', 'Saleh', 'Jaber', 'Abdelaziz', 'el-Sayed',
            'bin Khalfan', 'bin Said', 'Abu Zeid', 'al-Amiri', 'Darwish', 'Zoubi', 'Qasim', 'Tamimi', 'Shalabi', 'Aoun',
            'Ghanem', 'Frangieh', 'Obeidat', 'Majali', 'al-Hashimi', 'Younes', 'Kabbani', 'Hariri', 'Sabbagh']),
    'persian_turkic': (
        'Reza Mehdi Hossein Ali Dariush Kourosh Farhad Babak Parisa Shirin Maryam Azadeh Emre Murat Selim Kemal Burak '
        'Elif Zeynep Aylin Rustam Timur Dilnoza Gulnara Nursultan Askar Bakhyt', [
            'Rahimi', 'Moradi', 'Tehrani', 'Karimi', 'Jafari', 'Ghorbani', 'Yilmaz', 'Kaya', 'Demirtas', 'Ozturk',
            'Aydin', 'Karimov', 'Tashkentov', 'Nazarbekov', 'Abdullayev', 'Mirzoyev', 'Sultanova', 'Ergashev']),
    'south_asian': (
        'Rajesh Sunil Anil Vikram Arjun Rohit Sanjay Pradeep Naveen Harish Imran Shahid Tariq Zulfiqar Naseem Asif '
        'Farooq Mahmud Anwarul Priya Sunita Kavita Lakshmi Meera Anjali Ayesha Shabnam Nasreen Rukhsana Sarala '
        'Thilak Chaminda Mahinda Prakash Bishnu Ram', [
            'Sharma', 'Verma', 'Reddy', 'Naidu', 'Iyer', 'Pillai', 'Chatterjee', 'Banerjee', 'Mukherjee', 'Deshpande',
            'Kulkarni', 'Patil', 'Chaudhry', 'Qureshi', 'Bugti', 'Kakar', 'Khattak', 'Yousafzai', 'Abbasi', 'Siddiqui',
            'Rahman', 'Hossain', 'Chowdhury', 'Talukder', 'Bhuiyan', 'Jayasuriya', 'Wickremesinghe', 'Perera',
            'Dissanayake', 'Bandara', 'Shrestha', 'Adhikari', 'Thapa', 'Gurung', 'ul Haq', 'Malik', 'Gillani']),
    'east_asian': (
        'Wei Jian Hao Yong Jun Lei Ming Xiaoling Lihua Meiling Jae-won Min-jun Seo-yeon Ji-hoon Hyun-woo Eun-ji '
        'Sung-min Hiroshi Takeshi Kenji Haruto Yuki Akiko Naoko Ichiro Batbayar Oyuun Ganbold', [
            'Zhang', 'Wang', 'Liu', 'Chen', 'Zhou', 'Huang', 'Xu', 'Guo', 'Ma', 'Hu', 'Zheng', 'Lin', 'Kim', 'Park',
            'Choi', 'Jeong', 'Kang', 'Yoon', 'Jang', 'Lim', 'Tanaka', 'Suzuki', 'Takahashi', 'Watanabe', 'Yamamoto',
            'Nakamura', 'Kobayashi', 'Matsumoto', 'Enkhbold', 'Tsogt']),
    'south_east_asian': (
        'Budi Joko Agus Bambang Dewi Wahyu Putri Siti Ahmad Mohd Faizal Azlan Nurul Aziz Thanh Minh Hung Lan Huong '
        'Tuan Somchai Somsak Niran Pranee Rodrigo Maria Jose Teodoro Arnel Ferdinand Kyaw Aung Thida Sokha Vanna', [
            'Santoso', 'Wibowo', 'Siregar', 'Nasution', 'Hutapea', 'Sitompul', 'Gunawan', 'Kusuma', 'Setiawan',
            'Hidayat', 'Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui', 'Chaiyaporn', 'Srisuk',
            'Wongsawat', 'Thongchai', 'Abdullah', 'Ismail', 'Rahim', 'Yusof', 'dela Cruz', 'Bautista', 'Mendoza',
            'Aquino', 'Villanueva', 'Soe', 'Htun', 'Min Aung', 'Sokhom', 'Chea']),
    'african': (
        'Kwame Kofi Kwabena Yaw Ama Akosua Abena Chidi Emeka Chinedu Ngozi Adaeze Oluwaseun Babatunde Folake Tunde '
        'Musa Ibrahim Aminu Halima Zainab Wanjiru Njeri Kamau Otieno Achieng Akinyi Tendai Farai Tatenda Thabo Sipho '
        'Lindiwe Nomvula Mamadou Ousmane Aminata Fatou Moussa Abdoulaye Haile Tesfaye Almaz Mulugeta Abdi Hodan', [
            'Mensah', 'Owusu', 'Boateng', 'Asante', 'Okafor', 'Okonkwo', 'Adeyemi', 'Adegboyega', 'Balogun', 'Olawale',
            'Abubakar', 'Danjuma', 'Ododo', 'Kamau', 'Mwangi', 'Otieno', 'Ochieng', "Ng'ang'a", 'Kiprono', 'Chebet',
            'Moyo', 'Ncube', 'Chiwenga', 'Dlamini', 'Nkosi', 'Mahlangu', 'Diallo', 'Traore', 'Keita', 'Coulibaly',
            'Ndiaye', 'Sow', 'Tesfaye', 'Gebremedhin', 'Bekele', 'Warsame', 'Farah', 'Mohamud', 'Nyerere', 'Lumumba']),
    'latin_american': (
        'Juan Carlos Luis Jorge Alejandro Ricardo Hector Eduardo Javier Rodrigo Gustavo Mauricio Andres Xiomara '
        'Guadalupe Maria Ximena Valentina Daniela Camila Luciana Paola Rosario Evo Nayib Dilma Ollanta Rafael', [
            'Pineda', 'Zelaya', 'Quispe', 'Mamani', 'Huaman', 'Condori', 'Chavarria', 'Bukele', 'Ortega', 'Arevalo',
            'Castillo', 'Sandoval', 'Velasquez', 'Cardenas', 'Villalobos', 'Alvarado', 'Benitez', 'Galeano', 'Pacheco',
            'Hernandez', 'Quintero', 'Echeverria', 'Ibarra', 'Mejia', 'Paz Estenssoro', 'de la Cruz', 'Tlatoani',
            'Chac', 'Yupanqui']),
}
PEOPLE = {k: (g.split(), s) for k, (g, s) in PEOPLE.items()}

LATIN_AMERICA = set('MX GT BZ HN SV NI CR PA CU DO HT PR JM TT'.split())
TARGET_CONTINENTS = {'AF', 'AS', 'SA'}
NOT_TARGET = {'RU', 'IL', 'CY', 'GE', 'AM', 'AZ'}     # Asian by GeoNames' continent, not the regions meant here
NAME_RE = re.compile(r"^[A-Z][a-z'’]+(?:[ -](?:[A-Z][a-z'’]+|al|el|de|la|del|ul|bin|ibn|dos|das|do))*$")
PER_TAGS = {'PER', 'PERSON', 'POLITICIAN'}
LOC_TAGS = {'LOC', 'LOCATION', 'GPE', 'PLACE', 'COUNTRY'}
ORG_TAGS = {'ORG', 'ORGANIZATION', 'ORGANISATION', 'POLITICALPARTY', 'CORPORATION', 'GROUP'}
# names63's organisation view: (words that mark the shape in the original, templates with X for the invented part)
ORG_SHAPES = [
    ('acronym', None, None),
    ('front', r'\b(front|army|brigades?|militia|liberation|forces|rebels?|insurgents?|jihad)\b',
     ['X Liberation Front', 'Movement for the Liberation of X', 'X Patriotic Army', 'Ansar al-X Brigade',
      'X Defence Forces', 'X National Resistance Front']),
    ('party', r'\b(party|parties|alliance|coalition|movement|congress|league|democrats|republicans|socialists?|'
              r'communists?|labour|greens|liberals|conservatives|democratic|socialist)\b',
     ['X Peoples Party', 'X Democratic Alliance', 'Movement for X Renewal', 'X National Congress',
      'Party for X Progress', 'United X Party']),
    ('ministry', r'\b(ministry|department|secretariat|office|cabinet)\b',
     ['Ministry of X Affairs', 'Ministry of Lands and X Development', 'X Department of Finance',
      'Ministry of Finance and X Planning', 'Office of the X Prime Minister']),
    ('agency', r'\b(agency|authority|bureau|service|services|administration|directorate|police|inspectorate)\b',
     ['X News Agency', 'X Revenue Authority', 'X Anti-Corruption Bureau', 'X Ports Authority',
      'X Intelligence Service', 'X Water Services Authority']),
    ('court', r'\b(court|tribunal|judiciary)\b', ['Supreme Court of X', 'X High Court', 'X Constitutional Court']),
    ('commission', r'\b(commission|council|committee|board|assembly|parliament|senate|chamber)\b',
     ['Independent Electoral Commission of X', 'X Coffee Board', 'National Council of X', 'X Human Rights Commission',
      'X Provincial Assembly']),
    ('university', r'\b(university|college|institute|school|academy)\b',
     ['University of X', 'X University of Science and Technology', 'X Institute of Technology', 'X State University']),
    ('bank', r'\b(bank|fund|reserve)\b', ['Central Bank of X', 'X Development Bank', 'X Commercial Bank']),
    ('union', r'\b(union|federation|association|society|confederation|organi[sz]ation|foundation)\b',
     ['X Teachers Union', 'Federation of X Traders', 'X Farmers Association', 'X Women Organisation',
      'X Chamber of Commerce']),
    ('company', r'\b(inc|corp|corporation|company|co|ltd|limited|plc|group|holdings|industries|airlines?|airways|'
                r'motors|energy|oil|petroleum|telecom|communications|technologies|systems|bhd|berhad|sa|ag)\b',
     ['X Holdings', 'X Petroleum Corporation', 'X Cement Industries', 'X Airways', 'X Telecom', 'X Mining Company']),
    ('news', r'\b(times|news|post|herald|tribune|journal|daily|gazette|radio|television|tv|broadcasting|press)\b',
     ['X Times', 'X Daily Monitor', 'Radio X', 'X Broadcasting Corporation']),
]
SYLLABLES = ('ka ma lu zi ba ndo mbe ta wa ri so gu ne ha sha yo ko bu te da ki na mu se lo fa ji ru dzo pe tu '
             'ngo sa wi ke mo').split()
SMALL_WORDS = {'of', 'for', 'and', 'the', 'al', 'de', 'du', 'la', 'y', 'et'}
REGION_WORDS = set('Central North South East West Northern Southern Eastern Western Capital National Federal Islands '
                   'Centre Center Coast Lake Upper Lower Greater Republic Union Independence Liberty Victoria '
                   'Georgia Washington Columbia'.split())


def load_places(geo):
    countries, all_countries, cc_ok = [], set(), set()
    for line in open(os.path.join(geo, 'countryInfo.tsv'), encoding='utf-8'):
        if line.startswith('#'):
            continue
        c = line.rstrip('\n').split('\t')
        if len(c) < 9:
            continue
        all_countries.add(c[4])
        if (c[8] in TARGET_CONTINENTS or c[0] in LATIN_AMERICA) and c[0] not in NOT_TARGET:
            cc_ok.add(c[0])
            if NAME_RE.match(c[4]):
                countries.append(c[4])
    regions_all = set()
    towns = []
    for line in open(os.path.join(geo, 'regionInfo.tsv'), encoding='utf-8'):
        if line.startswith('#'):
            continue
        c = line.rstrip('\n').split('\t')
        if len(c) < 3:
            continue
        if c[2] not in REGION_WORDS and ' ' not in c[2]:
            regions_all.add(c[2])
        if c[0][:2] in cc_ok and NAME_RE.match(c[2]):
            towns.append([c[2]])
    for line in open(os.path.join(geo, 'cities15000.txt'), encoding='utf-8'):
        c = line.rstrip('\n').split('\t')
        if len(c) < 9 or c[8] not in cc_ok:
            continue
        names = [n for n in [c[1], c[2]] + c[3].split(',') if NAME_RE.match(n) and len(n.split()) <= 3]
        names = list(dict.fromkeys(names))
        if names:
            towns.append(names)
    return sorted(countries), towns, all_countries, regions_all


def spans(tags):
    """(start, end, type) of BIO/IO mentions."""
    out, start, typ = [], None, None
    for i, t in enumerate(tags + ['O']):
        kind, _, ty = t.partition('-')
        if t == 'O' or kind == 'B' or (kind == 'I' and ty != typ) or kind not in ('B', 'I'):
            if start is not None:
                out.append((start, i, typ))
                start, typ = None, None
            if t != 'O' and kind in ('B', 'I'):
                start, typ = i, ty
    return out


def styled(words, original):
    letters = ''.join(original)
    if letters == letters.lower() and any(ch.isalpha() for ch in letters):
        return [w.lower() for w in words]
    if letters == letters.upper() and sum(ch.isalpha() for ch in letters) > 3:
        return [w.upper() for w in words]
    return words


class Swapper:
    def __init__(self, seed, geo):
        self.rng = random.Random(seed)
        self.countries, self.towns, self.all_countries, self.regions = load_places(geo)
        self.places = {}      # lower-cased original place text -> replacement words
        self.surnames = {}    # original surname token -> (region, words)
        self.given = {}       # original given-name token -> words
        self.counts = collections.Counter()
        self.orgs_view = False
        self.orgs = {}        # names63: lower-cased original organisation text -> replacement words
        self.acronyms = {}    # initials of an original organisation -> initials of its replacement

    def place(self, text):
        key = text.lower()
        if key not in self.places:
            if text in self.all_countries or key in ('us', 'u.s.', 'usa', 'uk', 'u.k.', 'america'):
                words = self.rng.choice(self.countries).split()
            else:
                names = self.rng.choice(self.towns)
                words = (names[0] if len(names) == 1 or self.rng.random() < 0.5
                         else self.rng.choice(names[1:])).split()
            self.places[key] = words
        return self.places[key]

    def invented(self):
        word = ''.join(self.rng.choice(SYLLABLES) for _ in range(self.rng.choice((2, 2, 3))))
        return word[:1].upper() + word[1:]

    def x_words(self):
        if self.rng.random() < 0.5:
            return [self.invented()]
        names = self.rng.choice(self.towns)
        words = (names[0] if len(names) == 1 or self.rng.random() < 0.5 else self.rng.choice(names[1:])).split()
        return words if len(words) <= 2 else [self.invented()]

    @staticmethod
    def initials(words):
        return ''.join(w[0] for w in words if w[:1].isupper() and w.lower() not in SMALL_WORDS)

    def whole_org(self, toks, tag=''):
        """names63: the whole organisation replaced by an invented one of the same shape."""
        lead = toks[:1] if len(toks) > 1 and toks[0].lower() == 'the' else []
        toks = toks[len(lead):]     # "the Left": the article stays, the name is swapped
        text = ' '.join(toks)
        key = text.lower()
        if key in self.orgs:
            return lead + styled(self.orgs[key], toks)
        letters = text.replace('.', '')
        if len(toks) == 1 and letters.isalpha() and letters.isupper() and 2 <= len(letters) <= 6:
            shape = 'acronym'
            if letters in self.acronyms:
                words = [self.acronyms[letters]]
            else:
                words = [''.join(self.rng.choice('ABCDEFGHIKLMNPRSTUZ') for _ in letters)]
        else:
            shape, words = 'other', None
            for name, pattern, templates in ORG_SHAPES[1:]:
                if re.search(pattern, key) or name == 'party' and tag.upper() == 'POLITICALPARTY':
                    shape = name
                    x = self.x_words()
                    words = []
                    for w in self.rng.choice(templates).split():
                        words += x if w == 'X' else [w[:-1] + x[0]] + x[1:] if w.endswith('-X') else [w]
                    break
            if words is None:
                x = self.x_words()
                words = [self.invented()] if len(toks) == 1 else x + [self.rng.choice(['Group', 'Foundation',
                                                                                       'Organisation'])]
            self.acronyms.setdefault(self.initials(toks).upper(), self.initials(words).upper())
        self.counts['ORG ' + shape] += 1
        self.orgs[key] = words
        return lead + styled(words, toks)

    def region_of(self, token):
        return list(PEOPLE)[int(hashlib.md5(token.encode()).hexdigest(), 16) % len(PEOPLE)]

    def person(self, toks):
        alpha = [i for i, t in enumerate(toks) if t[:1].isalpha() and t[:1].isupper() and len(t) > 1
                 and not t.endswith('.')]
        if not alpha:
            alpha = [i for i, t in enumerate(toks) if t[:1].isalpha() and len(t) > 1 and not t.endswith('.')]
        if not alpha:
            return toks
        last = alpha[-1]
        sur = toks[last].lower()
        if sur not in self.surnames:
            region = self.region_of(sur)
            self.surnames[sur] = (region, self.rng.choice(PEOPLE[region][1]).split())
        region, sur_words = self.surnames[sur]
        if len(alpha) == 1 and len(sur_words) > 1 and sur_words[0] in ('bin', 'ul'):
            sur_words = sur_words[1:]   # a surname standing alone drops "bin"/"ul" ("Haq", not "ul Haq")
        out = []
        for i, t in enumerate(toks):
            if i == last:
                out += styled(sur_words, [t])
            elif i in alpha:
                g = t.lower()
                if g not in self.given:
                    self.given[g] = self.rng.choice(PEOPLE[region][0]).split()
                out += styled(self.given[g], [t])
            else:
                out.append(t)
        return out

    def org(self, toks):
        """Place words inside an organisation's name: runs of up to three tokens that are a place already
        swapped in this file, a country, or a first-level region."""
        out, i, changed = [], 0, False
        while i < len(toks):
            for n in (3, 2, 1):
                run = toks[i:i + n]
                if len(run) < n or not all(t[:1].isupper() for t in run):
                    continue
                text = ' '.join(run)
                if text.lower() in self.places or text in self.all_countries or (n == 1 and text in self.regions):
                    out += styled(self.place(text), run)
                    i += n
                    changed = True
                    break
            else:
                out.append(toks[i])
                i += 1
        return out, changed

    def sentence(self, toks, tags):
        new_t, new_g, pos = [], [], 0
        for s, e, typ in spans(tags):
            new_t += toks[pos:s]
            new_g += tags[pos:s]
            mention = toks[s:e]
            up = typ.upper()
            if self.orgs_view:
                words = self.whole_org(mention, typ) if up in ORG_TAGS else mention
            elif up in PER_TAGS:
                words = self.person(mention)
                self.counts['PER'] += 1
            elif up in LOC_TAGS:
                words = styled(self.place(' '.join(mention)), mention)
                self.counts['LOC'] += 1
            elif up in ORG_TAGS:
                words, changed = self.org(mention)
                self.counts['ORG with a place' if changed else 'ORG as given'] += 1
            else:
                words = mention
            if words == mention:
                new_g += tags[s:e]
            else:
                io = tags[s].startswith('I-') and (s == 0 or tags[s - 1] == 'O')
                new_g += [('I-' if io or k else 'B-') + typ for k in range(len(words))]
            new_t += words
            pos = e
        new_t += toks[pos:]
        new_g += tags[pos:]
        return new_t, new_g


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('src')
    ap.add_argument('dst')
    ap.add_argument('--seed', type=int, default=62)
    ap.add_argument('--geonames', default='/work/shared/data/gazetteers/geonames')
    ap.add_argument('--orgs', action='store_true', help='the organisation view: whole organisations swapped instead')
    a = ap.parse_args()
    sw = Swapper(a.seed, a.geonames)
    sw.orgs_view = a.orgs
    lines = open(a.src, encoding='utf-8').read().split('\n')
    out, block = [], []

    def flush():
        if not block:
            return
        comments = [l for l in block if l.startswith('#')]
        rows = [l for l in block if not l.startswith('#')]
        numbered = any(c.startswith('# text') or c.startswith('# sent_id') for c in comments)
        cols = [re.split(r'\t', r) if '\t' in r else r.split(' ') for r in rows]
        if rows and all(c and c[0] == '-DOCSTART-' for c in cols):
            out.extend(block)
            block.clear()
            return
        if numbered:
            toks, tags = [c[1] for c in cols], [c[2] for c in cols]
        else:
            toks, tags = [c[0] for c in cols], [c[-1] for c in cols]
        nt, ng = sw.sentence(toks, tags)
        for c in comments:
            out.append('# text = ' + ' '.join(nt) if numbered and c.startswith('# text') else c)
        sep = '\t' if rows and '\t' in rows[0] else ' '
        for k, (t, g) in enumerate(zip(nt, ng)):
            if numbered:
                rest = cols[0][3:] if cols else []
                out.append(sep.join([str(k + 1), t, g] + ['-'] * len(rest)))
            else:
                out.append(sep.join([t] + [''] * 0 + [g]) if len(cols[0]) == 2 else sep.join([t, 'O', 'O', g]))
        block.clear()

    for line in lines:
        if line.strip() == '':
            flush()
            out.append(line)
        else:
            block.append(line)
    flush()
    open(a.dst, 'w', encoding='utf-8').write('\n'.join(out))
    print(f'{a.src} -> {a.dst} (seed {a.seed}):', ', '.join(f'{k} {v}' for k, v in sorted(sw.counts.items())),
          f'; places {len(sw.places)}, surnames {len(sw.surnames)}, given names {len(sw.given)}', file=sys.stderr)


if __name__ == '__main__':
    main()
