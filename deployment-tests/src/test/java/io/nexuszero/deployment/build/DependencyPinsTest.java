package io.nexuszero.deployment.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.nexuszero.deployment.support.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Our own dependencyManagement entries never pin a library lower than the Dropwizard BOM does (an explicit entry
 * wins over an imported BOM, so a stale pin silently downgrades what Dropwizard was built and tested with - as the
 * H2 2.3.232 pin did against Dropwizard 5.0.1's 2.4.240).
 */
class DependencyPinsTest {

    @Test
    void noExplicitPinIsLowerThanTheDropwizardBoms() throws Exception {
        Document parent = xml(Repo.path("pom.xml"));
        Map<String, String> ours = managed(parent, properties(parent));
        String dropwizard = properties(parent).get("dropwizard.version");
        assertThat(dropwizard).isNotNull();
        Path bomFile = localRepository().resolve("io/dropwizard/dropwizard-dependencies/" + dropwizard
                + "/dropwizard-dependencies-" + dropwizard + ".pom");
        assertThat(bomFile).as("the Dropwizard BOM the build imported").isRegularFile();
        Document bom = xml(bomFile);
        Map<String, String> theirs = managed(bom, properties(bom));
        assertThat(theirs).containsKey("com.h2database:h2");
        List<String> downgrades = new ArrayList<>();
        ours.forEach((artifact, version) -> {
            String bomVersion = theirs.get(artifact);
            if (bomVersion != null && compare(version, bomVersion) < 0) {
                downgrades.add(artifact + ": pom.xml pins " + version + ", Dropwizard " + dropwizard + " manages " + bomVersion);
            }
        });
        assertThat(downgrades).isEmpty();
    }

    @Test
    void versionsCompareNumerically() {
        assertThat(compare("2.3.232", "2.4.240")).isNegative();
        assertThat(compare("3.27.10", "3.27.7")).isPositive();
        assertThat(compare("1.21.4", "1.21.4")).isZero();
    }

    static int compare(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d+") && q.matches("\\d+") ? Long.compare(Long.parseLong(p), Long.parseLong(q)) : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static Path localRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Files.newInputStream(file));
    }

    private static Map<String, String> properties(Document pom) {
        Map<String, String> properties = new HashMap<>();
        NodeList list = pom.getElementsByTagName("properties");
        for (int i = 0; i < list.getLength(); i++) {
            NodeList children = list.item(i).getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if (children.item(j).getNodeType() == Node.ELEMENT_NODE) {
                    properties.put(children.item(j).getNodeName(), children.item(j).getTextContent().strip());
                }
            }
        }
        return properties;
    }

    /** groupId:artifactId -> version of every dependencyManagement entry that is not a BOM import. */
    private static Map<String, String> managed(Document pom, Map<String, String> properties) {
        Map<String, String> managed = new HashMap<>();
        NodeList management = pom.getElementsByTagName("dependencyManagement");
        if (management.getLength() == 0) {
            return managed;
        }
        NodeList dependencies = ((Element) management.item(0)).getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            if ("import".equals(text(dependency, "scope"))) {
                continue;
            }
            String version = resolve(text(dependency, "version"), properties);
            if (version != null && !version.contains("${")) {
                managed.put(text(dependency, "groupId") + ":" + text(dependency, "artifactId"), version);
            }
        }
        return managed;
    }

    private static String resolve(String value, Map<String, String> properties) {
        if (value == null) {
            return null;
        }
        Matcher m = Pattern.compile("\\$\\{([^}]+)}").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group(0))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String text(Element element, String tag) {
        NodeList list = element.getElementsByTagName(tag);
        return list.getLength() == 0 ? null : list.item(0).getTextContent().strip();
    }
}
