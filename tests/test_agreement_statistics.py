"""Agreement statistics equal hand-computed values, the krippendorff package and a published AC1 example."""

from __future__ import annotations

import krippendorff
import numpy as np
import pytest

from pipeline.agreement import cohen_kappa, gwet_ac1, krippendorff_alpha, pairwise_kappa, percent_agreement, statistics

N = None
# Gwet, Handbook of Inter-Rater Reliability (4th ed.), dataset "cac.raw4raters" (also
# Krippendorff's own worked example): 12 units, 4 raters, categories 1-5, gaps missing.
# Published: AC1 = 0.77544 (pa 0.8181818, pe 0.1903212), Krippendorff's alpha = 0.743.
GWET_RAW4RATERS = [
    [1, 1, N, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
    [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [N, 5, 5, 5], [N, N, 1, 1], [N, N, 3, N],
]

# A small binary example, worked by hand (two coders, eight segments):
#   both present 1, A only 1, B only 1, both absent 5.
#   po = 6/8 = 0.75; A and B each mark 2 of 8 -> pe(kappa) = .25*.25 + .75*.75 = .625
#   kappa = (.75 - .625) / (1 - .625) = 1/3
#   AC1: pi = 4/16 = .25, pe = 2 * .25 * .75 = .375, AC1 = (.75 - .375) / .625 = 0.6
#   alpha: 16 values (4 present, 12 absent), 4 disagreeing ordered pairs:
#          1 - (16 - 1) * 4 / (2 * 4 * 12) = 1 - 60/96 = 0.375
HAND = [[1, 1], [1, 0], [0, 1]] + [[0, 0]] * 5


def test_ac1_matches_gwets_published_example():
    result = gwet_ac1(GWET_RAW4RATERS, categories=[1, 2, 3, 4, 5])
    assert result["pa"] == pytest.approx(0.8181818, abs=1e-7)
    assert result["pe"] == pytest.approx(0.1903212, abs=1e-7)
    assert result["ac1"] == pytest.approx(0.77544, abs=1e-5)


def test_alpha_matches_krippendorffs_published_example_and_package():
    ours = krippendorff_alpha(GWET_RAW4RATERS)
    data = np.array([[np.nan if v is None else v for v in row] for row in GWET_RAW4RATERS], dtype=float).T
    assert ours == pytest.approx(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))
    assert ours == pytest.approx(0.743, abs=5e-4)


def test_binary_example_equals_hand_computation():
    assert percent_agreement(HAND) == pytest.approx(0.75)
    assert cohen_kappa([r[0] for r in HAND], [r[1] for r in HAND]) == pytest.approx(1 / 3)
    assert gwet_ac1(HAND, categories=[0, 1])["ac1"] == pytest.approx(0.6)
    assert krippendorff_alpha(HAND, categories=[0, 1]) == pytest.approx(0.375)
    pkg = krippendorff.alpha(reliability_data=np.array(HAND, dtype=float).T, level_of_measurement="nominal")
    assert krippendorff_alpha(HAND, categories=[0, 1]) == pytest.approx(pkg)


def test_kappa_paradox_is_why_ac1_is_reported():
    # Gwet (2008)-style 2x2 table: 118 both yes, 5 and 2 split, 0 both no.
    rows = [[1, 1]] * 118 + [[1, 0]] * 5 + [[0, 1]] * 2
    kappa = cohen_kappa([r[0] for r in rows], [r[1] for r in rows])
    # pe = .984 * .96 + .016 * .04 = .94528, po = .944 -> kappa slightly below zero
    assert kappa == pytest.approx((0.944 - 0.94528) / (1 - 0.94528))
    # pi = (123 + 120) / 250 = .972, pe = 2 * .972 * .028 -> AC1 close to the raw agreement
    pe = 2 * 0.972 * 0.028
    assert gwet_ac1(rows, categories=[0, 1])["ac1"] == pytest.approx((0.944 - pe) / (1 - pe))


def test_kappa_equals_scikit_learn_on_random_data():
    from sklearn.metrics import cohen_kappa_score

    rng = np.random.default_rng(3)
    a = rng.integers(0, 3, 60).tolist()
    b = [x if rng.random() < 0.7 else int(rng.integers(0, 3)) for x in a]
    assert cohen_kappa(a, b) == pytest.approx(cohen_kappa_score(a, b))


def test_pairwise_kappa_averages_pairs_on_units_both_coded():
    rows = [[1, 1, N], [0, 0, 0], [1, 0, 1], [0, 0, 1]]
    result = pairwise_kappa(rows)
    assert result["pairs"][(0, 1)] == pytest.approx(cohen_kappa([1, 0, 1, 0], [1, 0, 0, 0]))
    assert result["pairs"][(0, 2)] == pytest.approx(cohen_kappa([0, 1, 0], [0, 1, 1]))
    defined = [v for v in result["pairs"].values() if v is not None]
    assert result["mean"] == pytest.approx(sum(defined) / len(defined))


def test_no_variation_leaves_kappa_and_alpha_undefined_but_agreement_perfect():
    stats = statistics([[0, 0]] * 4, categories=[0, 1])
    assert stats["percent_agreement"] == 1.0
    assert stats["kappa"] is None and stats["alpha"] is None
    assert stats["ac1"] == 1.0
