package com.handbookflow.core.startup;

import java.util.List;

/**
 * A service's own configuration rule checked at start, next to the process definitions: e.g.
 * complaint routing must name known departments, and the nodes and outcomes the code completes must
 * exist. Each problem names the property or file to fix.
 */
public interface ConfigurationCheck {

    List<String> problems();
}
