#!/usr/bin/env python3
# SPDX-License-Identifier: EUPL-1.2
# SPDX-FileCopyrightText: 2026 The tenderkit authors

"""The matching engine against an independent model solved by another solver.

For each seed, tests/tools/match_instance generates a register (the same generator as the unit
tests), solves compose, complete and market with the engine and prints instance and answers as
JSON. This script writes the integrality requirement afresh as an integer programme, from the
rules in docs/rules.md and the model in docs/tender-match-model.md, not from the engine's code,
solves it with CBC through PuLP (Debian python3-pulp), and compares the optimal values: equal
when the engine says proven optimal, else the oracle's optimum must lie between the engine's best
and its bound.

  verify_match_oracle.py MATCH_INSTANCE [--seeds N] [--providers P] [--json]
  verify_match_oracle.py MATCH_INSTANCE --bench SEED  (one 500-provider instance, times only)

Exits 77 (skipped) when PuLP or its CBC is missing.
"""

import argparse
import json
import subprocess
import sys
import time

try:
    import pulp
except ImportError:  # pragma: no cover
    print("verify_match_oracle: python3-pulp is not installed; skipped", file=sys.stderr)
    sys.exit(77)

FORMS = ("combination", "main-contractor")


def solver(time_limit=None):
    if not pulp.PULP_CBC_CMD().available() and not pulp.COIN_CMD().available():
        print("verify_match_oracle: no CBC for PuLP; skipped", file=sys.stderr)
        sys.exit(77)
    cls = pulp.COIN_CMD if pulp.COIN_CMD().available() else pulp.PULP_CBC_CMD
    return cls(msg=False, timeLimit=time_limit)


class Instance:
    def __init__(self, data):
        self.tender = data["tender"]
        self.providers = [p for p in data["providers"] if p["declaration"]]
        self.services = self.tender["services"]
        self.municipalities = self.tender["municipalities"]
        self.forms = self.tender["legal_forms"]

    def certified(self, provider, service):
        return all(c in provider["certifications"] for c in service["certifications"])

    def delivers(self, provider, service, subcontractor):
        """Services a provider delivers in a role, by the register (INT-004: certified only)."""
        listed = service["id"] in provider["services"] or (
            subcontractor and service["id"] in provider["subcontract_services"])
        return listed and self.certified(provider, service)

    @staticmethod
    def serves(provider, municipality):
        return provider["all_municipalities"] or municipality in provider["municipalities"]

    @staticmethod
    def accepts(provider, form):
        return not provider["legal_forms"] or form in provider["legal_forms"]


def roles_of(form):
    # head: lead or main contractor; member only in a combination; subcontractor in both.
    return ("head", "member", "sub") if form == "combination" else ("head", "sub")


def consortium_constraints(problem, inst, members, used, name):
    """Adds the integrality rules for one consortium.

    members: list of (key, delivers(service, subcontractor) -> bool, serves(m) -> bool,
    may_lead, accepts(form) -> bool). used: an expression, 1 when the consortium exists.
    Returns the role variables {(key, form, role): var} and the count expression.
    """
    form_var = {f: pulp.LpVariable(f"{name}_form_{f.replace('-', '_')}", cat="Binary")
                for f in inst.forms}
    problem += pulp.lpSum(form_var.values()) == used
    y = {}
    for key, _, _, may_lead, accepts in members:
        for form in inst.forms:
            for role in roles_of(form):
                if role == "head" and not may_lead:
                    continue
                if not accepts(form):
                    continue
                var = pulp.LpVariable(f"{name}_y_{key}_{form.replace('-', '_')}_{role}",
                                      cat="Binary")
                problem += var <= form_var[form]
                y[(key, form, role)] = var
    for key, *_ in members:
        problem += pulp.lpSum(v for (k, _, _), v in y.items() if k == key) <= 1
    heads = pulp.lpSum(v for (_, _, r), v in y.items() if r == "head")
    problem += heads == used
    for service in inst.services:
        def deliverers(sub_ok, municipality=None):
            terms = []
            for key, delivers, serves, _, _ in members:
                for (k, form, role), v in y.items():
                    if k != key:
                        continue
                    sub = role == "sub"
                    if sub and not sub_ok:
                        continue
                    if delivers(service, sub) and (municipality is None or serves(municipality)):
                        terms.append(v)
            return pulp.lpSum(terms)
        problem += deliverers(True) >= used  # INT-001
        if service["local"]:
            for m in inst.municipalities:
                problem += deliverers(True, m) >= used  # INT-003
        if not service["may_rest_on_subcontractors"]:
            problem += deliverers(False) >= used  # INT-002
    count = pulp.lpSum(y.values())
    problem += count >= inst.tender["min_members"] * used  # INT-006
    problem += count <= inst.tender["max_members"] * used
    return y, count


def register_member(inst, provider):
    return (provider["kvk"],
            lambda s, sub, p=provider: inst.delivers(p, s, sub),
            lambda m, p=provider: inst.serves(p, m),
            provider["may_lead"],
            lambda f, p=provider: inst.accepts(p, f))


def oracle_compose(inst, limit=None):
    problem = pulp.LpProblem("compose", pulp.LpMinimize)
    members = [register_member(inst, p) for p in inst.providers]
    _, count = consortium_constraints(problem, inst, members, 1, "c")
    problem += count
    status = problem.solve(solver(limit))
    if pulp.LpStatus[status] == "Infeasible":
        return None
    return round(pulp.value(problem.objective))


def oracle_complete(inst, registration, limit=None):
    """Fewest additions * 1000 + role changes, in the registration's legal form."""
    form = registration["legal_form"]
    problem = pulp.LpProblem("complete", pulp.LpMinimize)
    existing = {m["kvk"]: m for m in registration["members"]}
    by_kvk = {p["kvk"]: p for p in inst.providers}
    members = []
    for m in registration["members"]:
        provider = by_kvk[m["kvk"]]
        members.append((m["kvk"],
                        lambda s, sub, mm=m: s["id"] in mm["services"],
                        lambda mu, p=provider: inst.serves(p, mu),
                        True, lambda f: True))
    for p in inst.providers:
        if p["kvk"] not in existing:
            members.append(register_member(inst, p))
    only_form = Instance({"tender": dict(inst.tender, legal_forms=[form]),
                          "providers": inst.providers})
    y, _ = consortium_constraints(problem, only_form, members, 1, "k")
    role_name = {"lead": "head", "main-contractor": "head", "member": "member",
                 "subcontractor": "sub"}
    cost = []
    for (key, _, role), v in y.items():
        if key in existing:
            if role_name[existing[key]["role"]] != role:
                cost.append(v)
        else:
            cost.append(1000 * v)
    for key in existing:  # every member stays
        problem += pulp.lpSum(v for (k, _, _), v in y.items() if k == key) == 1
    problem += pulp.lpSum(cost)
    status = problem.solve(solver(limit))
    if pulp.LpStatus[status] == "Infeasible":
        return None
    return round(pulp.value(problem.objective))


def oracle_market(inst, limit=None):
    """The most disjoint compliant consortia. One slot per provider able to cover the scarcest
    requirement (every consortium needs one of them: the count bound); a provider joins at most
    one slot."""
    def able(p, service, municipality, sub_ok):
        return inst.delivers(p, service, sub_ok) and (
            municipality is None or inst.serves(p, municipality))
    requirement_sets = []
    for s in inst.services:
        requirement_sets.append([p for p in inst.providers if able(p, s, None, True)])
        if s["local"]:
            for m in inst.municipalities:
                requirement_sets.append([p for p in inst.providers if able(p, s, m, True)])
        if not s["may_rest_on_subcontractors"]:
            requirement_sets.append([p for p in inst.providers if able(p, s, None, False)])
    requirement_sets.append([p for p in inst.providers if p["may_lead"]])
    anchors = min(requirement_sets, key=len)
    if not anchors:
        return 0
    problem = pulp.LpProblem("market", pulp.LpMaximize)
    members = [register_member(inst, p) for p in inst.providers]
    slots = []
    for k in range(len(anchors)):
        used = pulp.LpVariable(f"used_{k}", cat="Binary")
        y, _ = consortium_constraints(problem, inst, members, used, f"s{k}")
        slots.append((used, y))
    for key, *_ in members:
        problem += pulp.lpSum(v for _, y in slots for (kk, _, _), v in y.items() if kk == key) <= 1
    # Symmetry: slot k is owned by anchor k, which takes part in it.
    for k, anchor in enumerate(anchors):
        used, y = slots[k]
        problem += pulp.lpSum(v for (kk, _, _), v in y.items() if kk == anchor["kvk"]) == used
    problem += pulp.lpSum(used for used, _ in slots)
    status = problem.solve(solver(limit))
    if pulp.LpStatus[status] == "Infeasible":
        return 0
    return round(pulp.value(problem.objective))


def run_instance(tool, seed, shape, limit_s=30):
    args = [tool, str(seed)] + [str(v) for v in shape] + [str(limit_s)]
    return json.loads(subprocess.run(args, check=True, capture_output=True, text=True).stdout)


def agree(what, engine, oracle):
    """The oracle's optimum against the engine's answer: equal when proven, else within."""
    if engine["proven_optimal"]:
        return engine["best"] == oracle
    low, high = sorted((engine["best"], engine["bound"]))
    return low <= oracle <= high


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tool")
    parser.add_argument("--seeds", type=int, default=12)
    parser.add_argument("--providers", type=int, default=24)
    parser.add_argument("--bench", type=int)
    args = parser.parse_args()

    if args.bench is not None:
        data = run_instance(args.tool, args.bench, (500, 12, 10, 4, 2, 0), 30)
        inst = Instance(data)
        result = {}
        start = time.monotonic()
        value = oracle_compose(inst, 120)
        result["compose"] = {"oracle_s": time.monotonic() - start, "oracle": value}
        if "registration" in data:
            start = time.monotonic()
            value = oracle_complete(inst, data["registration"], 120)
            result["complete"] = {"oracle_s": time.monotonic() - start, "oracle": value}
        start = time.monotonic()
        value = oracle_market(inst, 120)
        result["market"] = {"oracle_s": time.monotonic() - start, "oracle": value}
        for key in result:
            if key in data:
                result[key]["engine"] = data[key]
        print(json.dumps(result, indent=1))
        return 0

    failures = 0
    compared = 0
    for seed in range(1, args.seeds + 1):
        shape = (args.providers + seed % 8, 5, 3, 2, seed % 3, 1)
        data = run_instance(args.tool, 1000 + seed, shape)
        inst = Instance(data)
        compose_value = oracle_compose(inst)
        engine = data["compose"]
        ok = (compose_value is None and not engine["feasible"]) or (
            compose_value is not None and engine["feasible"] and agree("compose", engine,
                                                                       compose_value))
        print(f"seed {1000 + seed}: compose engine {engine['best']} "
              f"({'proven' if engine['proven_optimal'] else 'bound ' + str(engine['bound'])}) "
              f"oracle {compose_value}: {'ok' if ok else 'DIFFERENT'}")
        failures += not ok
        compared += 1
        if "registration" in data:
            value = oracle_complete(inst, data["registration"])
            ok = value is not None and agree("complete", data["complete"], value)
            print(f"seed {1000 + seed}: complete engine {data['complete']['best']} oracle {value}:"
                  f" {'ok' if ok else 'DIFFERENT'}")
            failures += not ok
            compared += 1
        value = oracle_market(inst)
        ok = agree("market", data["market"], value)
        print(f"seed {1000 + seed}: market engine {data['market']['best']} "
              f"(bound {data['market']['bound']}) oracle {value}: {'ok' if ok else 'DIFFERENT'}")
        failures += not ok
        compared += 1
    print(f"verify_match_oracle: {compared} optimal values compared, {failures} different")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
