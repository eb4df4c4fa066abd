package org.dossier.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets Drools sort links by their trigger's type before it joins them. A rule that binds a trigger
 * of one type ({@code $t : PhraseMatch( lexicon == "triggers", type == "contact" )}) and joins links
 * to it ({@code PersonLink( trigger == $t, role == "detainee" )}) only ever matches links of that
 * type; written out in the link's own pattern ({@code trigger.type == "contact"}), the type keeps
 * every other link out of the rule's memory, where Drools would otherwise store it and find no
 * match. The rule means the same with or without it, so analysts never write it: it is added to the
 * source before compiling, at the end of the pattern, so that problems are still reported where they wrote.
 */
final class JoinedTriggerTypes {

    /** "$t : PhraseMatch(": a trigger bound in a rule (its conditions are read up to the closing bracket). */
    private static final Pattern BOUND = Pattern.compile("(\\$\\w+)\\s*:\\s*PhraseMatch\\s*\\(");
    /** The type condition of a trigger's pattern: {@code type == "x"} or {@code type in ("x", "y")}. */
    private static final Pattern TYPE = Pattern.compile("(?<![\\w.])type\\s*(==\\s*\"[^\"]*\"|in\\s*\\([^)]*\\))");
    /** A link joined to a trigger ({@code PersonLink( trigger == $t}), or the trigger's own pattern again ({@code PhraseMatch( this == $t}). */
    private static final Pattern JOINED = Pattern.compile("\\b(PersonLink|CueLink|PhraseMatch)\\(\\s*(trigger|this)\\s*==\\s*(\\$\\w+)(?=\\s*[,)])");
    private static final Pattern TRIGGERS = Pattern.compile("lexicon\\s*==\\s*\"triggers\"");
    private static final Pattern RULE = Pattern.compile("(?m)^rule\\b[\\s\\S]*?^end\\b");
    private static final Pattern NAME = Pattern.compile("rule\\s+\"([^\"]+)\"");
    private static final Pattern EXTENDS = Pattern.compile("(?m)^\\s*extends\\s+\"([^\"]+)\"");

    private JoinedTriggerTypes() {
    }

    static String added(String drl) {
        Map<String, String> rules = new HashMap<>();
        Matcher named = RULE.matcher(drl);
        while (named.find()) {
            Matcher name = NAME.matcher(named.group());
            if (name.lookingAt()) {
                rules.put(name.group(1), named.group());
            }
        }
        Matcher rule = RULE.matcher(drl);
        StringBuilder out = new StringBuilder();
        while (rule.find()) {
            rule.appendReplacement(out, Matcher.quoteReplacement(addedInRule(rule.group(), withParents(rule.group(), rules))));
        }
        rule.appendTail(out);
        return out.toString();
    }

    /** The rule's text with that of the rules it extends, whose bindings it shares. */
    private static String withParents(String rule, Map<String, String> rules) {
        StringBuilder all = new StringBuilder(rule);
        String at = rule;
        for (int depth = 0; depth < 10; depth++) {
            Matcher parent = EXTENDS.matcher(at);
            if (!parent.find() || !rules.containsKey(parent.group(1))) {
                break;
            }
            at = rules.get(parent.group(1));
            all.append('\n').append(at);
        }
        return all.toString();
    }

    private static String addedInRule(String rule, String withParents) {
        Map<String, String> types = triggerTypes(withParents);
        StringBuilder out = new StringBuilder();
        int copied = 0;
        Matcher joined = JOINED.matcher(rule);
        while (joined.find()) {
            String type = types.get(joined.group(3));
            boolean itself = joined.group(1).equals("PhraseMatch");
            int close = closingBracket(rule, joined.end(1) + 1);
            if (type == null || itself != joined.group(2).equals("this") || close < 0) {
                continue;
            }
            while (Character.isWhitespace(rule.charAt(close - 1))) {
                close--;
            }
            // last in the pattern, so that what the analyst wrote keeps its columns in problem reports
            out.append(rule, copied, close).append(itself ? ", type " : ", trigger.type ").append(type);
            copied = close;
        }
        return out.append(rule.substring(copied)).toString();
    }

    /** Each trigger bound once in the rule with a type condition, and that condition ({@code == "x"}, {@code in (...)}). */
    private static Map<String, String> triggerTypes(String rule) {
        Map<String, String> types = new HashMap<>();
        Map<String, Integer> bindings = new HashMap<>();
        Matcher anyBinding = Pattern.compile("(\\$\\w+)\\s*:").matcher(rule);
        while (anyBinding.find()) {
            bindings.merge(anyBinding.group(1), 1, Integer::sum);
        }
        Matcher bound = BOUND.matcher(rule);
        while (bound.find()) {
            int close = closingBracket(rule, bound.end());
            String conditions = close < 0 ? null : rule.substring(bound.end(), close);
            Matcher type = conditions == null ? null : TYPE.matcher(conditions);
            // a condition with "or" in it may let other matches through ("lexicon == ... || lexicon == "illnesses""):
            // the type is added only where every match bound is a trigger of that type
            if (type != null && !conditions.contains("||") && !conditions.contains(" or ") && TRIGGERS.matcher(conditions).find()
                    && type.find() && bindings.get(bound.group(1)) == 1) {
                types.put(bound.group(1), type.group(1));
            }
        }
        return types;
    }

    /** Where the bracket opened just before {@code from} closes, or -1. */
    private static int closingBracket(String text, int from) {
        int depth = 1;
        boolean quoted = false;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!quoted && text.startsWith("//", i)) {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? text.length() : eol; // a comment's brackets and quotes are no part of the pattern
            } else if (c == '"' && text.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
