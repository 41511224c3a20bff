package io.nexuszero.deployment.compose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Dockerfile as stages of instructions (continuation lines joined, comments dropped). */
public record Dockerfile(Map<String, Stage> stages) {

    public record Instruction(String keyword, String arguments) {
    }

    public record Stage(String name, String from, List<Instruction> instructions) {

        public List<String> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
        }
    }

    public static Dockerfile parse(String text) {
        Map<String, Stage> stages = new LinkedHashMap<>();
        Stage current = null;
        StringBuilder logical = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && logical.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                logical.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            logical.append(trimmed);
            String instruction = logical.toString().strip();
            logical.setLength(0);
            if (instruction.isEmpty()) {
                continue;
            }
            int space = instruction.indexOf(' ');
            String keyword = instruction.substring(0, space).toUpperCase();
            String arguments = instruction.substring(space + 1).strip();
            if (keyword.equals("FROM")) {
                String[] parts = arguments.split("\\s+");
                String name = parts.length >= 3 && parts[1].equalsIgnoreCase("AS") ? parts[2] : "stage" + stages.size();
                current = new Stage(name, parts[0], new ArrayList<>());
                stages.put(name, current);
            } else if (current == null) {
                throw new IllegalArgumentException("instruction before FROM: " + instruction);
            } else {
                current.instructions().add(new Instruction(keyword, arguments));
            }
        }
        return new Dockerfile(stages);
    }

    public Stage stage(String name) {
        Stage stage = stages.get(name);
        if (stage == null) {
            throw new AssertionError("Dockerfile has no stage " + name + " (stages: " + stages.keySet() + ")");
        }
        return stage;
    }

    /** Instructions of a stage and of the stages it is built FROM, base first. */
    public List<Instruction> effective(String name) {
        Stage stage = stage(name);
        List<Instruction> result = new ArrayList<>();
        if (stages.containsKey(stage.from())) {
            result.addAll(effective(stage.from()));
        }
        result.addAll(stage.instructions());
        return result;
    }
}
