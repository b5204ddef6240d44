package com.handbookflow.core.engine;

import com.handbookflow.core.domain.FieldError;
import com.handbookflow.core.domain.RuleBrokenException;
import com.handbookflow.core.engine.definition.OutputDefinition;
import com.handbookflow.core.label.ProblemText;

import java.util.List;
import java.util.stream.Collectors;

/** 422: a node cannot complete without the documents the handbook requires of it. */
public class MissingOutputsException extends RuleBrokenException {

    MissingOutputsException(String nodeKey, List<OutputDefinition> missing) {
        super(ProblemText.of(MissingOutputsException.class, "missing-outputs", nodeKey,
                        missing.stream().map(o -> o.key() + " (" + o.nameEn() + ")").collect(Collectors.joining(", ")),
                        missing.stream().map(o -> "《" + o.nameZh() + "》").collect(Collectors.joining("、"))),
                missing.stream().map(o -> new FieldError("outputs", "missing " + o.key())).toList());
        with("missingOutputs", missing.stream().map(OutputDefinition::key).toList());
    }
}
