package org.dossier.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.drools.base.base.ClassObjectType;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The compiled DRL files of one folder under {@code rules/} (for example {@code rules/extract}),
 * read from disk at run time. A book is built whole or not at all: {@link #load} throws with
 * every problem's file and line, so callers keep their last good book. A book of files compiled
 * before may be read from {@link CompiledRules} instead of compiled.
 */
public final class RuleBook {

    private static final AtomicLong BUILDS = new AtomicLong();

    /** Sessions the pool keeps ready: one per core is enough, more are made when needed. */
    private static final int SESSIONS_KEPT = Runtime.getRuntime().availableProcessors();

    private final KieBase kieBase;
    /**
     * Sessions are taken from a pool and reset when disposed: a new session builds its rule
     * network memory afresh, which cost about as much as the matching of a short article.
     */
    private final KieSessionsPool sessions;
    private final List<Path> files;
    private final Path dir;
    private final boolean stored;

    private RuleBook(KieBase kieBase, List<Path> files, Path dir, boolean stored) {
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(SESSIONS_KEPT);
        this.files = files;
        this.dir = dir;
        this.stored = stored;
    }

    /** Compiles every {@code .drl} file below {@code dir}. */
    public static RuleBook load(Path dir) throws IOException, RulesException {
        return load(dir, CompiledRules.NONE);
    }

    /**
     * As {@link #load(Path)}, but reads the book from {@code compiled} when these files were
     * compiled before, and otherwise hands it the compiled book for its next {@link CompiledRules#save}.
     */
    public static RuleBook load(Path dir, CompiledRules compiled) throws IOException, RulesException {
        List<Path> drls = drlFiles(dir);
        Map<String, String> sources = new LinkedHashMap<>();
        for (Path drl : drls) {
            sources.put("src/main/resources/" + dir.relativize(drl).toString().replace('\\', '/'),
                    JoinedTriggerTypes.added(Files.readString(drl)));
        }
        String key = CompiledRules.key(sources);
        Optional<List<KiePackage>> stored = compiled.read(key);
        if (stored.isPresent()) {
            InternalKnowledgeBase kbase = KnowledgeBaseFactory.newKnowledgeBase();
            kbase.addPackages(stored.get());
            return new RuleBook(kbase, drls, dir, true);
        }
        KieBase kbase = compile(dir, sources);
        compiled.bytes(key, kbase.getKiePackages()).ifPresent(bytes -> compiled.add(key, bytes));
        return new RuleBook(kbase, drls, dir, false);
    }

    private static KieBase compile(Path dir, Map<String, String> sources) throws RulesException {
        KieServices ks = KieServices.Factory.get();
        ReleaseId release = ks.newReleaseId("org.dossier.rules", "book" + BUILDS.incrementAndGet(), "1.0.0");
        KieFileSystem kfs = ks.newKieFileSystem().generateAndWritePomXML(release);
        sources.forEach(kfs::write);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<RuleProblem> problems = RuleProblems.from(dir, builder.getResults().getMessages(Message.Level.ERROR));
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        return ks.newKieContainer(release).getKieBase();
    }

    static List<Path> drlFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("rules folder not found: " + dir);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
    }

    /**
     * Whether some rule of the book can match an object of this type (a pattern on the type or on
     * one of its supertypes): objects that no rule can match need not be made for its sessions.
     */
    public boolean matches(Class<?> type) {
        return matchable.get(type);
    }

    private final ClassValue<Boolean> matchable = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return anyPatternOn(type);
        }
    };

    private boolean anyPatternOn(Class<?> type) {
        if (!(kieBase instanceof InternalKnowledgeBase kbase)) {
            return true;
        }
        for (ObjectTypeNode node : kbase.getRete().getObjectTypeNodes()) {
            if (!(node.getObjectType() instanceof ClassObjectType c) || c.isAssignableFrom(type)) {
                return true;
            }
        }
        return false;
    }

    /** A fresh, empty session; dispose it when done, which returns it to the pool. */
    public KieSession newSession() {
        return sessions.newKieSession();
    }

    /**
     * Fires a session of this book within the firing and time limits ({@link FiringLimits});
     * {@code subject} names what the rules work on ("article X", "person Y") for the message
     * of a {@link RuleRunException}.
     */
    public int fire(KieSession session, String subject) {
        return FiringLimits.fire(session, dir, subject);
    }

    /** Whether the book was read from {@link CompiledRules} rather than compiled. */
    boolean stored() {
        return stored;
    }

    public List<Path> files() {
        return files;
    }
}
