package dev.precis.extract;

import java.util.Map;

/**
 * Invented news pages in the markup European news CMSs write (WordPress, TYPO3's news extension, Drupal,
 * Arc-like and Brightspot-like templates), in eight languages, for {@link CmsPageDatesTest} and
 * {@link CmsPageBylinesTest}. Every sentence is written for these tests.
 */
final class CmsFixturePages {

    private CmsFixturePages() {
    }

    /** Headline, site name and three paragraphs of one invented local report per language. */
    record Lang(String code, String headline, String site, String[] paragraphs) {
    }

    static final Map<String, Lang> LANGS = Map.of(
        "de", new Lang("de", "Stadtrat beschließt neuen Radweg am Kanal", "Kreisbote", new String[] {
            "Der Stadtrat hat am Dienstagabend nach langer Debatte den Bau eines neuen Radwegs entlang des Kanals beschlossen, der die Altstadt mit dem Gewerbegebiet im Norden verbinden soll.",
            "Die Verwaltung rechnet mit Kosten von rund vier Millionen Euro, von denen das Land einen großen Teil übernehmen will, sofern die Arbeiten bis zum Ende des übernächsten Jahres beginnen.",
            "Anwohner hatten in mehreren Versammlungen Bedenken wegen der Bäume am Ufer geäußert; die Planer versprachen, die meisten Linden zu erhalten und neue Bäume am Hafen zu pflanzen."}),
        "fr", new Lang("fr", "Le conseil municipal adopte le nouveau plan de circulation", "Le Courrier du Val", new String[] {
            "Le conseil municipal a adopté mardi soir, après un long débat, le nouveau plan de circulation qui doit réduire le passage des camions dans le centre historique de la ville.",
            "La mairie estime le coût des travaux à environ trois millions d'euros, dont une partie sera prise en charge par la région si le chantier démarre avant la fin de l'année prochaine.",
            "Plusieurs commerçants de la place du marché craignent une baisse de fréquentation pendant les travaux, mais l'adjoint chargé des transports a promis des livraisons facilitées le matin."}),
        "es", new Lang("es", "El ayuntamiento aprueba el nuevo carril bici junto al río", "Diario del Valle", new String[] {
            "El pleno del ayuntamiento aprobó el martes por la noche, tras un largo debate, la construcción de un nuevo carril bici que unirá el casco antiguo con el polígono industrial del norte.",
            "El consistorio calcula un coste de unos cuatro millones de euros, de los que la comunidad autónoma financiará una parte si las obras comienzan antes de que termine el año que viene.",
            "Varios vecinos expresaron en las asambleas su preocupación por los árboles de la ribera, y los técnicos se comprometieron a conservar la mayoría de los plátanos del paseo."}),
        "it", new Lang("it", "Il consiglio comunale approva la nuova pista ciclabile", "Gazzetta della Valle", new String[] {
            "Il consiglio comunale ha approvato martedì sera, dopo un lungo dibattito, la costruzione di una nuova pista ciclabile che collegherà il centro storico con la zona industriale a nord.",
            "Il comune stima una spesa di circa quattro milioni di euro, di cui la regione coprirà una parte se i lavori cominceranno prima della fine del prossimo anno, come previsto dal bando.",
            "Alcuni residenti hanno espresso preoccupazione per gli alberi lungo l'argine, e i tecnici hanno promesso di conservare la maggior parte dei tigli e di piantarne di nuovi vicino al porto."}),
        "nl", new Lang("nl", "Gemeenteraad stemt in met nieuw fietspad langs het kanaal", "Dagblad van het Noorden", new String[] {
            "De gemeenteraad heeft dinsdagavond na een lang debat ingestemd met de aanleg van een nieuw fietspad langs het kanaal, dat de binnenstad met het bedrijventerrein in het noorden verbindt.",
            "De gemeente rekent op kosten van ongeveer vier miljoen euro, waarvan de provincie een groot deel wil betalen als de werkzaamheden voor het einde van volgend jaar beginnen.",
            "Omwonenden uitten op verschillende avonden hun zorgen over de bomen langs de oever; de planners beloofden de meeste linden te sparen en nieuwe bomen bij de haven te planten."}),
        "pt", new Lang("pt", "Câmara municipal aprova nova ciclovia junto ao rio", "Jornal do Vale", new String[] {
            "A câmara municipal aprovou na terça-feira à noite, depois de um longo debate, a construção de uma nova ciclovia que vai ligar o centro histórico à zona industrial do norte da cidade.",
            "A autarquia estima um custo de cerca de quatro milhões de euros, dos quais o governo regional pagará uma parte se as obras começarem antes do fim do próximo ano, como prevê o concurso.",
            "Vários moradores manifestaram nas reuniões a sua preocupação com as árvores da margem, e os técnicos prometeram conservar a maioria das tílias e plantar novas árvores junto ao porto."}),
        "pl", new Lang("pl", "Rada miasta zatwierdza nową ścieżkę rowerową nad rzeką", "Gazeta Doliny", new String[] {
            "Rada miasta we wtorek wieczorem, po długiej debacie, zatwierdziła budowę nowej ścieżki rowerowej, która połączy stare miasto ze strefą przemysłową na północy.",
            "Urząd szacuje koszt na około cztery miliony złotych, z czego część pokryje województwo, jeśli prace rozpoczną się przed końcem przyszłego roku, jak przewiduje przetarg.",
            "Kilku mieszkańców wyrażało na zebraniach obawy o drzewa rosnące na brzegu, a projektanci obiecali zachować większość lip i posadzić nowe drzewa w pobliżu portu rzecznego."}),
        "ru", new Lang("ru", "Городской совет утвердил новую велодорожку вдоль реки", "Вестник Долины", new String[] {
            "Городской совет во вторник вечером после долгого обсуждения утвердил строительство новой велодорожки, которая соединит старый город с промышленной зоной на севере.",
            "В администрации оценивают стоимость работ примерно в четыре миллиона рублей, часть которых оплатит область, если строительство начнётся до конца следующего года.",
            "Несколько жителей на собраниях выражали беспокойство за деревья на берегу, и проектировщики пообещали сохранить большинство лип и посадить новые деревья у порта."}));

    /** Six paragraphs of {@code l}'s report (the three, then the three again with a closing number). */
    static String prose(Lang l) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            b.append("<p>").append(l.paragraphs()[i % 3]);
            if (i >= 3) {
                b.append(' ').append(l.paragraphs()[(i + 1) % 3], 0, 40 + i).append('.');
            }
            b.append("</p>\n");
        }
        return b.toString();
    }

    private static String head(Lang l, String extraHead) {
        return "<!doctype html><html lang=\"" + l.code() + "\"><head><meta charset=utf-8><title>" + l.headline() + " | "
                + l.site() + "</title><meta property=\"og:type\" content=\"article\">" + extraHead + "</head>";
    }

    private static String footer(Lang l) {
        return "<footer class=\"site-footer\"><p>© 2024 " + l.site() + "</p><nav><a href=\"/impressum\">Impressum</a>"
                + " <a href=\"/kontakt\">Kontakt</a></nav></footer></body></html>";
    }

    /** A WordPress theme's single post: {@code meta} in {@code .entry-meta}, {@code after} after the post (comments). */
    static String wordpress(Lang l, String extraHead, String meta, String after, String sidebar) {
        return head(l, extraHead) + "<body class=\"post-template-default single single-post\"><div id=page class=site>"
                + "<header id=masthead class=site-header><p class=site-title><a href=\"/\" rel=home>" + l.site()
                + "</a></p><nav id=site-navigation class=main-navigation><ul><li><a href=\"/lokales/\">Lokales</a></li>"
                + "<li><a href=\"/sport/\">Sport</a></li></ul></nav></header><div id=content class=site-content>"
                + "<div id=primary class=content-area><main id=main class=site-main><article id=post-4711 "
                + "class=\"post-4711 post type-post status-publish format-standard hentry\"><header class=entry-header>"
                + "<h1 class=entry-title>" + l.headline() + "</h1><div class=entry-meta>" + meta + "</div></header>"
                + "<div class=entry-content>" + prose(l) + "</div></article>" + after + "</main></div>"
                + "<aside id=secondary class=widget-area>" + sidebar + "</aside></div>" + footer(l);
    }

    /** A TYPO3 news extension's detail view. */
    static String typo3(Lang l, String extraHead, String meta, String after) {
        return head(l, extraHead) + "<body><div class=\"page\"><header class=\"page-header\"><a class=logo href=\"/\">"
                + l.site() + "</a><ul class=\"nav-main\"><li><a href=\"/aktuelles/\">Aktuelles</a></li></ul></header>"
                + "<div class=\"content-main\"><div class=\"news news-single\"><div class=\"article\" itemscope=\"itemscope\" "
                + "itemtype=\"http://schema.org/Article\"><div class=\"header\"><h1 itemprop=\"headline\">" + l.headline()
                + "</h1></div><div class=\"footer\"><p>" + meta + "</p></div><div class=\"news-text-wrap\" "
                + "itemprop=\"articleBody\">" + prose(l) + "</div></div></div>" + after + "</div></div>" + footer(l);
    }

    /** A Drupal node page. */
    static String drupal(Lang l, String extraHead, String meta, String after) {
        return head(l, extraHead) + "<body class=\"path-node page-node-type-article\"><div class=\"dialog-off-canvas-main-canvas\">"
                + "<header role=\"banner\"><div class=\"site-branding\"><a href=\"/\" rel=\"home\">" + l.site()
                + "</a></div></header><main role=\"main\"><div class=\"region region-content\"><article role=\"article\" "
                + "class=\"node node--type-article node--view-mode-full\"><h1 class=\"page-title\"><span "
                + "class=\"field field--name-title\">" + l.headline() + "</span></h1><div class=\"node__meta\">" + meta
                + "</div><div class=\"node__content\"><div class=\"clearfix text-formatted field field--name-body\">"
                + prose(l) + "</div></div></article>" + after + "</div></main></div>" + footer(l);
    }

    /** An Arc-like (script-rendered, then server-rendered) story: date and byline in BEM-named boxes. */
    static String arc(Lang l, String extraHead, String meta, String after) {
        return head(l, extraHead) + "<body><div id=\"fusion-app\"><header class=\"c-nav\"><a class=\"c-nav__logo\" href=\"/\">"
                + l.site() + "</a></header><article class=\"b-article\"><div class=\"b-article-header\"><h1 "
                + "class=\"c-heading b-headline\">" + l.headline() + "</h1><div class=\"b-article-header__meta\">" + meta
                + "</div></div><div class=\"b-article-body\">" + prose(l).replace("<p>", "<p class=\"c-paragraph\">")
                + "</div></article>" + after + "</div>" + footer(l);
    }

    /** A Brightspot-like page: {@code Page-*} boxes. */
    static String brightspot(Lang l, String extraHead, String meta, String after) {
        return head(l, extraHead) + "<body class=\"ArticlePage\"><header class=\"Page-header\"><a class=\"Page-header-logo\" "
                + "href=\"/\">" + l.site() + "</a></header><main class=\"Page-main\"><div class=\"Page-articleBody\">"
                + "<h1 class=\"Page-headline\">" + l.headline() + "</h1><div class=\"Page-byline\">" + meta + "</div>"
                + "<div class=\"RichTextArticleBody RichTextBody\">" + prose(l) + "</div></div>" + after + "</main>"
                + footer(l);
    }

    /** A JSON-LD block. */
    static String jsonLd(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    /** A WordPress comment list with one reader's comment dated {@code shown} ({@code iso} in the machine field). */
    static String comments(String heading, String iso, String shown) {
        return "<div id=comments class=comments-area><h2 class=comments-title>" + heading + "</h2><ol class=comment-list>"
                + "<li id=comment-12 class=\"comment even thread-even depth-1\"><article class=comment-body><footer "
                + "class=comment-meta><div class=\"comment-author vcard\"><b class=fn>Leser42</b></div><div "
                + "class=comment-metadata><a href=\"#comment-12\"><time datetime=\"" + iso + "\">" + shown
                + "</time></a></div></footer><div class=comment-content><p>Endlich! Das hätte man schon vor Jahren machen"
                + " sollen, finde ich.</p></div></article></li></ol></div>";
    }

    /** A "recent posts" widget listing two other stories with their dates. */
    static String recentPosts(String heading, String shown1, String shown2) {
        return "<section id=recent-posts-3 class=\"widget widget_recent_entries\"><h2 class=widget-title>" + heading
                + "</h2><ul><li><a href=\"/2016/05/02/feuerwehr/\">Feuerwehrfest am Hafen</a> <span class=post-date>"
                + shown1 + "</span></li><li><a href=\"/2016/05/01/markt/\">Neuer Wochenmarkt</a> <span class=post-date>"
                + shown2 + "</span></li></ul></section>";
    }

    /** A related-stories list after the article, each teaser dated. */
    static String related(String heading, String shown1, String shown2) {
        return "<section class=\"related-articles\"><h2>" + heading + "</h2><ul><li><a href=\"/lokales/markt-123.html\">"
                + "Neuer Wochenmarkt</a><span class=\"teaser-date\">" + shown1 + "</span></li><li><a "
                + "href=\"/lokales/hafen-124.html\">Feuerwehrfest am Hafen</a><span class=\"teaser-date\">" + shown2
                + "</span></li></ul></section>";
    }
}
