package dev.precis.server.web;

import dev.precis.model.EntityType;
import dev.precis.store.EntityCount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A person an article names by the given name alone ("Tony", as a writer says it once the full name is known) is,
 * on that article's page, the person of that given name it names in full ("Tony Blair"): the lone name gets no
 * entry (and no link to a page) of its own, and its mentions count for the full name. When the article names two
 * people of that given name ("Ken Ash", "Ken Lowe") the lone name is left out, as nothing says which; when it names
 * none, the lone name stays (a person known by one name). Stateless.
 */
final class GivenNames {

    private GivenNames() {
    }

    /** The article's entities, most mentioned first, with each lone given name joined as the class says. */
    static List<EntityCount> joined(List<EntityCount> entities) {
        List<EntityCount> out = new ArrayList<>(entities);
        for (EntityCount lone : entities) {
            List<EntityCount> full = fuller(lone, entities);
            if (full.isEmpty()) {
                continue;
            }
            out.remove(lone);
            if (full.size() == 1) {
                String name = full.get(0).canonical();
                out.replaceAll(e -> e.type() == EntityType.PERSON && e.canonical().equals(name)
                        ? new EntityCount(name, e.type(), e.mentions() + lone.mentions()) : e);
            }
        }
        out.sort(Comparator.comparingInt(EntityCount::mentions).reversed());
        return out;
    }

    /** The name a person's {@code name} stands for among the article's entities: its one full name, else itself. */
    static String standsFor(String name, List<EntityCount> entities) {
        List<EntityCount> full = fuller(new EntityCount(name, EntityType.PERSON, 0), entities);
        return full.size() == 1 ? full.get(0).canonical() : name;
    }

    /** The people whose full name opens with {@code lone}'s one-word name, or none when it is not a one-word person. */
    private static List<EntityCount> fuller(EntityCount lone, List<EntityCount> entities) {
        String name = lone.canonical();
        if (lone.type() != EntityType.PERSON || name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
            return List.of();
        }
        return entities.stream().filter(e -> e.type() == EntityType.PERSON && e.canonical().startsWith(name + " ")).toList();
    }
}
