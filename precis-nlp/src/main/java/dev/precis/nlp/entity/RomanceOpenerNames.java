package dev.precis.nlp.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Spanish and Portuguese names kept in English copy from Latin America: the kind of thing comes first and the
 * name's own words after it, joined by "de", "del", "de la" … ("Banco Central de la República Argentina",
 * "Plaza de la Revolución", "Avenida Insurgentes", "Secretaría de Seguridad Ciudadana", "Casa Rosada"). The
 * model, trained on English word order where the head comes last, cuts such names at the particles or reads
 * them as people ("Calle Puebla"). French names kept in copy from Africa follow the same order ("Société
 * Nationale des Pétroles du …", "Front de Libération Nationale"). A run that opens with one of these head words,
 * goes on with capitalised words and particles and ends on a capitalised word is one name: an organisation after a
 * body's head, a location after a place's or a building's head. Mentions inside the run are replaced; a mention crossing its
 * edge leaves it alone. Closed word lists: the heads are the language's own words for bodies and places,
 * not names of any body or place. Stateless; a set lookup per token.
 */
final class RomanceOpenerNames {

    /** Heads of bodies' names (with and without accents, as English copy writes either). */
    private static final Set<String> BODY_HEADS = Set.of("Banco", "Ministerio", "Ministério", "Secretaría", "Secretaria",
            "Instituto", "Partido", "Frente", "Movimiento", "Movimento", "Confederación", "Confederacion", "Caja",
            "Universidad", "Universidade", "Corte", "Asamblea", "Consejo", "Conselho", "Comisión", "Comision",
            "Fiscalía", "Fiscalia", "Policía", "Policia", "Polícia", "Procuraduría", "Procuraduria", "Contraloría",
            "Contraloria", "Defensoría", "Defensoria", "Superintendencia", "Dirección", "Direccion", "Agencia",
            "Fuerzas", "Ejército", "Ejercito", "Federación", "Federacion", "Asociación", "Asociacion", "Sindicato",
            "Cámara", "Camara", "Câmara", "Congreso", "Senado", "Junta", "Grupo", "Empresas", "Compañía", "Companhia",
            "Sociedad", "Fundación", "Fundacion", "Fundação", "Servicio", "Registro", "Oficina", "Tribunal",
            "Supremo", "Organismo", "Cooperativa", "Central", "Empresa", "Petróleos", "Petroleos", "Compañia",
            "Compania", "Corporación", "Corporacion", "Sociedade", "Comissão", "Comissao",
            // French, as copy from West and North Africa keeps it ("Société Nationale des …", "Parti de …")
            "Société", "Societe", "Banque", "Compagnie", "Caisse", "Mouvement", "Rassemblement", "Parti", "Conseil",
            "Agence", "Assemblée", "Assemblee", "Syndicat", "Cour");
    /**
     * French heads that are English words too ("Front", "Union", "Office"): a body's head only right before a
     * French particle ("Front de Libération Nationale", "Union des Forces…"), never "Front Page" or "Union Bank".
     */
    private static final Set<String> FRENCH_ENGLISH_HEADS = Set.of("Front", "Union", "Office", "Direction");
    private static final Set<String> FRENCH_PARTICLES = Set.of("de", "du", "des", "pour");
    /** Heads of places' and buildings' names. */
    private static final Set<String> PLACE_HEADS = Set.of("Avenida", "Calle", "Plaza", "Praça", "Paseo", "Casa",
            "Palacio", "Palácio", "Estadio", "Estádio", "Aeropuerto", "Aeroporto", "Aeroparque", "Parque", "Puente",
            "Hospital", "Carretera", "Autopista", "Cerro", "Volcán", "Volcan", "Lago", "Laguna", "Isla", "Bahía",
            "Sierra", "Playa", "Barrio", "Colonia", "Mercado", "Catedral", "Iglesia", "Teatro", "Penal", "Cárcel",
            "Carcel", "Reclusorio", "Rua", "Avenue");
    /** Particles that join the parts of such names. */
    private static final Set<String> PARTICLES = Set.of("de", "del", "la", "las", "los", "el", "y", "e", "do", "da",
            "dos", "das", "para", "por", "al", "du", "des", "pour", "et", "le", "les");
    /**
     * Turkish puts the head last and joins the name's words with "ve" ("Adalet ve Kalkınma Partisi", "Milliyetçi
     * Hareket Partisi"): a capitalised run ending on one of these heads, "ve" inside it, is one organisation.
     */
    private static final Set<String> TURKISH_TAILS = Set.of("Partisi", "Birliği", "Birligi", "Derneği", "Dernegi",
            "Vakfı", "Vakfi", "Bakanlığı", "Bakanligi", "Meclisi", "Cephesi", "Hareketi", "Sendikası", "Sendikasi",
            "Konfederasyonu", "Kurumu", "Odası", "Odasi");

    private RomanceOpenerNames() {
    }

    static void apply(String[] tokens, List<MentionDraft> mentions, int sentence) {
        turkish(tokens, mentions, sentence);
        for (int i = 0; i + 1 < tokens.length; i++) {
            boolean body = BODY_HEADS.contains(tokens[i])
                    || FRENCH_ENGLISH_HEADS.contains(tokens[i]) && FRENCH_PARTICLES.contains(tokens[i + 1]);
            if (!body && !PLACE_HEADS.contains(tokens[i])) {
                continue;
            }
            int end = i + 1;
            int lastName = -1;
            boolean particle = false;
            while (end < tokens.length && (ListAndRulePass.capitalised(tokens[end]) && !ListAndRulePass.isPunct(tokens[end])
                    || PARTICLES.contains(tokens[end]))) {
                if (ListAndRulePass.capitalised(tokens[end])) {
                    lastName = end;
                } else {
                    particle = true;
                }
                end++;
            }
            if (lastName < 0) {
                continue;
            }
            end = lastName + 1;
            // English words that are also heads ("Hospital Authority", "Central Bank", "Avenue Capital") stay
            // English names: with no particle, the head must not be followed by an English body's word
            boolean englishTail = ProperNameRule.ORG_WORDS.contains(tokens[end - 1]) && !BODY_HEADS.contains(tokens[end - 1]);
            if (!particle && (englishTail || tokens[i].equals("Central") || tokens[i].equals("Tribunal") || tokens[i].equals("Hospital") && end - i > 2)) {
                i = end - 1;
                continue;
            }
            if (replace(mentions, sentence, i, end, body ? EntityTypes.ORGANIZATION : EntityTypes.LOCATION)) {
                i = end - 1;
            }
        }
    }

    /** A Turkish body's name: capitalised words and "ve" before a head that closes it. */
    private static void turkish(String[] tokens, List<MentionDraft> mentions, int sentence) {
        for (int i = 1; i < tokens.length; i++) {
            if (!TURKISH_TAILS.contains(tokens[i])) {
                continue;
            }
            int start = i;
            while (start > 0 && (ListAndRulePass.capitalised(tokens[start - 1]) && !ListAndRulePass.isPunct(tokens[start - 1])
                    && !tokens[start - 1].equals("The")
                    || tokens[start - 1].equals("ve") && start >= 2 && ListAndRulePass.capitalised(tokens[start - 2]))) {
                start--;
            }
            if (start < i) {
                replace(mentions, sentence, start, i + 1, EntityTypes.ORGANIZATION);
            }
        }
    }

    private static boolean replace(List<MentionDraft> mentions, int sentence, int start, int end, String type) {
        List<MentionDraft> inside = new ArrayList<>();
        for (MentionDraft m : mentions) {
            if (m.sentence != sentence || m.end <= start || m.start >= end) {
                continue;
            }
            if (m.start < start || m.end > end) {
                return false;
            }
            inside.add(m);
        }
        if (inside.size() == 1 && inside.get(0).start == start && inside.get(0).end == end
                && inside.get(0).type.equals(type)) {
            return true;
        }
        mentions.removeAll(inside);
        mentions.add(new MentionDraft(sentence, start, end, type, true));
        mentions.sort(null);
        return true;
    }
}
