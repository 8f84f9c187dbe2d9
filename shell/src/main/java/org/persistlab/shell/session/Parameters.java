package org.persistlab.shell.session;

import org.persistlab.shell.cli.LabException;
import org.persistlab.shell.cli.Suggestions;
import org.persistlab.sim.scenario.ParamDef;
import org.persistlab.sim.scenario.Params;

/** Looks up a scenario parameter by name, with a helpful message when there is none. */
public final class Parameters {
    private Parameters() {
    }

    public static ParamDef find(String name) throws LabException {
        return Params.find(name).orElseThrow(() -> new LabException("unknown parameter '" + name + "'"
                + Suggestions.didYouMean(name, Params.all().stream().map(ParamDef::name).toList())
                + "; 'show params' lists them"));
    }
}
