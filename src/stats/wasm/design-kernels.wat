;; The regression kernels of src/stats/regression/design-algebra.ts (X'WX, X'r, Xβ) and
;; cluster-robust-variance.ts (Σ_g s_g s_g'), each the twin of the JavaScript function of the same
;; name with a Js suffix: the same floating-point operations on the same operands in the same
;; order, with the same skips, so that both give the same bits. The caller (regression/
;; design-kernels.ts) copies the design into this module's memory and passes byte offsets:
;; dense (n × d f64, row-major), dc (d i32: the parameter index of each dense column), fcols (nf
;; factor columns of n i32 back to back: a row's dummy, −1 for the reference level). No imports.
(module
  (memory (export "memory") 1)

  ;; acc (p × p f64) = X'WX: each unordered pair of columns accumulated in one triangle, row by
  ;; row, then mirrored in place. w (n f64) is read only when hasW; else every weight is 1.
  ;; cols: nf i32 of scratch.
  (func (export "weightedCrossProduct")
        (param $n i32) (param $p i32) (param $d i32) (param $dense i32) (param $dc i32)
        (param $nf i32) (param $fcols i32) (param $w i32) (param $hasW i32) (param $acc i32)
        (param $cols i32)
    (local $i i32) (local $wi f64) (local $base i32) (local $a i32) (local $b i32) (local $xa f64)
    (local $row i32) (local $k i32) (local $m i32) (local $c i32) (local $q i32) (local $q2 i32)
    (local $v f64)
    (memory.fill (local.get $acc) (i32.const 0) (i32.shl (i32.mul (local.get $p) (local.get $p)) (i32.const 3)))
    (block $done (loop $rows
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (block $next
        ;; wi = w ? w[i] : 1; if (wi === 0) continue
        (local.set $wi (if (result f64) (local.get $hasW)
          (then (f64.load (i32.add (local.get $w) (i32.shl (local.get $i) (i32.const 3)))))
          (else (f64.const 1))))
        (br_if $next (f64.eq (local.get $wi) (f64.const 0)))
        (local.set $base (i32.add (local.get $dense) (i32.shl (i32.mul (local.get $i) (local.get $d)) (i32.const 3))))
        ;; dense × dense: xa = x_a * wi; if (xa === 0) continue; acc[dc[a], dc[b]] += xa * x_b, b ≥ a
        (local.set $a (i32.const 0))
        (block $ad (loop $al
          (br_if $ad (i32.ge_u (local.get $a) (local.get $d)))
          (block $anext
            (local.set $xa (f64.mul (f64.load (i32.add (local.get $base) (i32.shl (local.get $a) (i32.const 3)))) (local.get $wi)))
            (br_if $anext (f64.eq (local.get $xa) (f64.const 0)))
            (local.set $row (i32.mul (i32.load (i32.add (local.get $dc) (i32.shl (local.get $a) (i32.const 2)))) (local.get $p)))
            (local.set $b (local.get $a))
            (block $bd (loop $bl
              (br_if $bd (i32.ge_u (local.get $b) (local.get $d)))
              (local.set $q (i32.add (local.get $acc) (i32.shl (i32.add (local.get $row) (i32.load (i32.add (local.get $dc) (i32.shl (local.get $b) (i32.const 2))))) (i32.const 3))))
              (f64.store (local.get $q) (f64.add (f64.load (local.get $q))
                (f64.mul (local.get $xa) (f64.load (i32.add (local.get $base) (i32.shl (local.get $b) (i32.const 3)))))))
              (local.set $b (i32.add (local.get $b) (i32.const 1)))
              (br $bl))))
          (local.set $a (i32.add (local.get $a) (i32.const 1)))
          (br $al)))
        ;; cols[k] = the row's dummy in factor k
        (local.set $k (i32.const 0))
        (block $kd (loop $kl
          (br_if $kd (i32.ge_u (local.get $k) (local.get $nf)))
          (i32.store (i32.add (local.get $cols) (i32.shl (local.get $k) (i32.const 2)))
            (i32.load (i32.add (local.get $fcols) (i32.shl (i32.add (i32.mul (local.get $k) (local.get $n)) (local.get $i)) (i32.const 2)))))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br $kl)))
        ;; dummy c: acc[c, c] += wi; acc[c, dc[a]] += wi * x_a; acc[c, cols[m]] += wi, m > k
        (local.set $k (i32.const 0))
        (block $kd2 (loop $kl2
          (br_if $kd2 (i32.ge_u (local.get $k) (local.get $nf)))
          (block $knext
            (local.set $c (i32.load (i32.add (local.get $cols) (i32.shl (local.get $k) (i32.const 2)))))
            (br_if $knext (i32.lt_s (local.get $c) (i32.const 0)))
            (local.set $row (i32.mul (local.get $c) (local.get $p)))
            (local.set $q (i32.add (local.get $acc) (i32.shl (i32.add (local.get $row) (local.get $c)) (i32.const 3))))
            (f64.store (local.get $q) (f64.add (f64.load (local.get $q)) (local.get $wi)))
            (local.set $a (i32.const 0))
            (block $ad2 (loop $al2
              (br_if $ad2 (i32.ge_u (local.get $a) (local.get $d)))
              (local.set $q (i32.add (local.get $acc) (i32.shl (i32.add (local.get $row) (i32.load (i32.add (local.get $dc) (i32.shl (local.get $a) (i32.const 2))))) (i32.const 3))))
              (f64.store (local.get $q) (f64.add (f64.load (local.get $q))
                (f64.mul (local.get $wi) (f64.load (i32.add (local.get $base) (i32.shl (local.get $a) (i32.const 3)))))))
              (local.set $a (i32.add (local.get $a) (i32.const 1)))
              (br $al2)))
            (local.set $m (i32.add (local.get $k) (i32.const 1)))
            (block $md (loop $ml
              (br_if $md (i32.ge_u (local.get $m) (local.get $nf)))
              (local.set $c (i32.load (i32.add (local.get $cols) (i32.shl (local.get $m) (i32.const 2)))))
              (if (i32.ge_s (local.get $c) (i32.const 0)) (then
                (local.set $q (i32.add (local.get $acc) (i32.shl (i32.add (local.get $row) (local.get $c)) (i32.const 3))))
                (f64.store (local.get $q) (f64.add (f64.load (local.get $q)) (local.get $wi)))))
              (local.set $m (i32.add (local.get $m) (i32.const 1)))
              (br $ml))))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br $kl2))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $rows)))
    ;; mirror: acc[i, j] = acc[j, i] = acc[i, j] + acc[j, i], j > i
    (local.set $i (i32.const 0))
    (block $mi (loop $mil
      (br_if $mi (i32.ge_u (local.get $i) (local.get $p)))
      (local.set $b (i32.add (local.get $i) (i32.const 1)))
      (block $mj (loop $mjl
        (br_if $mj (i32.ge_u (local.get $b) (local.get $p)))
        (local.set $q (i32.add (local.get $acc) (i32.shl (i32.add (i32.mul (local.get $i) (local.get $p)) (local.get $b)) (i32.const 3))))
        (local.set $q2 (i32.add (local.get $acc) (i32.shl (i32.add (i32.mul (local.get $b) (local.get $p)) (local.get $i)) (i32.const 3))))
        (local.set $v (f64.add (f64.load (local.get $q)) (f64.load (local.get $q2))))
        (f64.store (local.get $q) (local.get $v))
        (f64.store (local.get $q2) (local.get $v))
        (local.set $b (i32.add (local.get $b) (i32.const 1)))
        (br $mjl)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $mil))))

  ;; g (p f64) = X'r: rows with r_i = 0 skipped; g[dc[a]] += r_i * x_a; g[c] += r_i per dummy.
  (func (export "crossProductVector")
        (param $n i32) (param $p i32) (param $d i32) (param $dense i32) (param $dc i32)
        (param $nf i32) (param $fcols i32) (param $r i32) (param $g i32)
    (local $i i32) (local $ri f64) (local $base i32) (local $a i32) (local $k i32) (local $c i32)
    (local $q i32)
    (memory.fill (local.get $g) (i32.const 0) (i32.shl (local.get $p) (i32.const 3)))
    (block $done (loop $rows
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (block $next
        (local.set $ri (f64.load (i32.add (local.get $r) (i32.shl (local.get $i) (i32.const 3)))))
        (br_if $next (f64.eq (local.get $ri) (f64.const 0)))
        (local.set $base (i32.add (local.get $dense) (i32.shl (i32.mul (local.get $i) (local.get $d)) (i32.const 3))))
        (local.set $a (i32.const 0))
        (block $ad (loop $al
          (br_if $ad (i32.ge_u (local.get $a) (local.get $d)))
          (local.set $q (i32.add (local.get $g) (i32.shl (i32.load (i32.add (local.get $dc) (i32.shl (local.get $a) (i32.const 2)))) (i32.const 3))))
          (f64.store (local.get $q) (f64.add (f64.load (local.get $q))
            (f64.mul (local.get $ri) (f64.load (i32.add (local.get $base) (i32.shl (local.get $a) (i32.const 3)))))))
          (local.set $a (i32.add (local.get $a) (i32.const 1)))
          (br $al)))
        (local.set $k (i32.const 0))
        (block $kd (loop $kl
          (br_if $kd (i32.ge_u (local.get $k) (local.get $nf)))
          (local.set $c (i32.load (i32.add (local.get $fcols) (i32.shl (i32.add (i32.mul (local.get $k) (local.get $n)) (local.get $i)) (i32.const 2)))))
          (if (i32.ge_s (local.get $c) (i32.const 0)) (then
            (local.set $q (i32.add (local.get $g) (i32.shl (local.get $c) (i32.const 3))))
            (f64.store (local.get $q) (f64.add (f64.load (local.get $q)) (local.get $ri)))))
          (local.set $k (i32.add (local.get $k) (i32.const 1)))
          (br $kl))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $rows))))

  ;; eta (n f64) = Xβ: s = 0; s += x_a * β[dc[a]] over the dense columns (gathered into b, d f64
  ;; of scratch), then s += β[c] per dummy. beta: p f64.
  (func (export "linearPredictor")
        (param $n i32) (param $d i32) (param $dense i32) (param $dc i32) (param $nf i32)
        (param $fcols i32) (param $beta i32) (param $b i32) (param $eta i32)
    (local $i i32) (local $s f64) (local $base i32) (local $a i32) (local $k i32) (local $c i32)
    (block $gd (loop $gl
      (br_if $gd (i32.ge_u (local.get $a) (local.get $d)))
      (f64.store (i32.add (local.get $b) (i32.shl (local.get $a) (i32.const 3)))
        (f64.load (i32.add (local.get $beta) (i32.shl (i32.load (i32.add (local.get $dc) (i32.shl (local.get $a) (i32.const 2)))) (i32.const 3)))))
      (local.set $a (i32.add (local.get $a) (i32.const 1)))
      (br $gl)))
    (block $done (loop $rows
      (br_if $done (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $s (f64.const 0))
      (local.set $base (i32.add (local.get $dense) (i32.shl (i32.mul (local.get $i) (local.get $d)) (i32.const 3))))
      (local.set $a (i32.const 0))
      (block $ad (loop $al
        (br_if $ad (i32.ge_u (local.get $a) (local.get $d)))
        (local.set $s (f64.add (local.get $s)
          (f64.mul (f64.load (i32.add (local.get $base) (i32.shl (local.get $a) (i32.const 3))))
                   (f64.load (i32.add (local.get $b) (i32.shl (local.get $a) (i32.const 3)))))))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (br $al)))
      (local.set $k (i32.const 0))
      (block $kd (loop $kl
        (br_if $kd (i32.ge_u (local.get $k) (local.get $nf)))
        (local.set $c (i32.load (i32.add (local.get $fcols) (i32.shl (i32.add (i32.mul (local.get $k) (local.get $n)) (local.get $i)) (i32.const 2)))))
        (if (i32.ge_s (local.get $c) (i32.const 0)) (then
          (local.set $s (f64.add (local.get $s) (f64.load (i32.add (local.get $beta) (i32.shl (local.get $c) (i32.const 3))))))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $kl)))
      (f64.store (i32.add (local.get $eta) (i32.shl (local.get $i) (i32.const 3))) (local.get $s))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $rows))))

  ;; meat (p × p f64) = Σ_g s_g s_g'. Rows in cluster order by a counting sort of codes (n i32,
  ;; 0..count−1): start (count + 1 i32), fill (count i32), order (n i32). Per cluster c, s (p f64)
  ;; holds the score of the columns its rows touch (listed in touched, p i32; stamp, p i32, marks
  ;; a column touched in cluster c), then meat[ja, jb] += s[ja] * s[jb] for each s[ja] ≠ 0.
  (func (export "clusterMeat")
        (param $n i32) (param $p i32) (param $d i32) (param $dense i32) (param $dc i32)
        (param $nf i32) (param $fcols i32) (param $r i32) (param $codes i32) (param $count i32)
        (param $start i32) (param $fill i32) (param $order i32) (param $meat i32) (param $s i32)
        (param $stamp i32) (param $touched i32)
    (local $i i32) (local $c i32) (local $q i32) (local $qe i32) (local $nt i32) (local $ri f64)
    (local $base i32) (local $a i32) (local $b i32) (local $f i32) (local $j i32) (local $sa f64)
    (local $row i32) (local $t i32)
    (memory.fill (local.get $start) (i32.const 0) (i32.shl (i32.add (local.get $count) (i32.const 1)) (i32.const 2)))
    (memory.fill (local.get $meat) (i32.const 0) (i32.shl (i32.mul (local.get $p) (local.get $p)) (i32.const 3)))
    (memory.fill (local.get $stamp) (i32.const 255) (i32.shl (local.get $p) (i32.const 2)))
    ;; start[codes[i] + 1]++, then prefix sums; order[fill[codes[i]]++] = i
    (block $cd (loop $cl
      (br_if $cd (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $t (i32.add (local.get $start) (i32.shl (i32.add (i32.load (i32.add (local.get $codes) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 1)) (i32.const 2))))
      (i32.store (local.get $t) (i32.add (i32.load (local.get $t)) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $cl)))
    (block $pd (loop $pl
      (br_if $pd (i32.ge_u (local.get $c) (local.get $count)))
      (local.set $t (i32.add (local.get $start) (i32.shl (local.get $c) (i32.const 2))))
      (i32.store offset=4 (local.get $t) (i32.add (i32.load offset=4 (local.get $t)) (i32.load (local.get $t))))
      (local.set $c (i32.add (local.get $c) (i32.const 1)))
      (br $pl)))
    (memory.copy (local.get $fill) (local.get $start) (i32.shl (local.get $count) (i32.const 2)))
    (local.set $i (i32.const 0))
    (block $od (loop $ol
      (br_if $od (i32.ge_u (local.get $i) (local.get $n)))
      (local.set $t (i32.add (local.get $fill) (i32.shl (i32.load (i32.add (local.get $codes) (i32.shl (local.get $i) (i32.const 2)))) (i32.const 2))))
      (i32.store (i32.add (local.get $order) (i32.shl (i32.load (local.get $t)) (i32.const 2))) (local.get $i))
      (i32.store (local.get $t) (i32.add (i32.load (local.get $t)) (i32.const 1)))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br $ol)))
    (local.set $c (i32.const 0))
    (block $gd (loop $gl
      (br_if $gd (i32.ge_u (local.get $c) (local.get $count)))
      (local.set $nt (i32.const 0))
      (local.set $q (i32.load (i32.add (local.get $start) (i32.shl (local.get $c) (i32.const 2)))))
      (local.set $qe (i32.load offset=4 (i32.add (local.get $start) (i32.shl (local.get $c) (i32.const 2)))))
      (block $rd (loop $rl
        (br_if $rd (i32.ge_s (local.get $q) (local.get $qe)))
        (local.set $i (i32.load (i32.add (local.get $order) (i32.shl (local.get $q) (i32.const 2)))))
        (local.set $ri (f64.load (i32.add (local.get $r) (i32.shl (local.get $i) (i32.const 3)))))
        (local.set $base (i32.add (local.get $dense) (i32.shl (i32.mul (local.get $i) (local.get $d)) (i32.const 3))))
        ;; s[dc[a]] += r_i * x_a (s[j] = 0 and j listed on the cluster's first touch)
        (local.set $a (i32.const 0))
        (block $ad (loop $al
          (br_if $ad (i32.ge_u (local.get $a) (local.get $d)))
          (local.set $j (i32.load (i32.add (local.get $dc) (i32.shl (local.get $a) (i32.const 2)))))
          (if (i32.ne (i32.load (i32.add (local.get $stamp) (i32.shl (local.get $j) (i32.const 2)))) (local.get $c)) (then
            (i32.store (i32.add (local.get $stamp) (i32.shl (local.get $j) (i32.const 2))) (local.get $c))
            (f64.store (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 3))) (f64.const 0))
            (i32.store (i32.add (local.get $touched) (i32.shl (local.get $nt) (i32.const 2))) (local.get $j))
            (local.set $nt (i32.add (local.get $nt) (i32.const 1)))))
          (local.set $t (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 3))))
          (f64.store (local.get $t) (f64.add (f64.load (local.get $t))
            (f64.mul (local.get $ri) (f64.load (i32.add (local.get $base) (i32.shl (local.get $a) (i32.const 3)))))))
          (local.set $a (i32.add (local.get $a) (i32.const 1)))
          (br $al)))
        ;; s[c_f] += r_i per dummy
        (local.set $f (i32.const 0))
        (block $fd (loop $fl
          (br_if $fd (i32.ge_u (local.get $f) (local.get $nf)))
          (block $fnext
            (local.set $j (i32.load (i32.add (local.get $fcols) (i32.shl (i32.add (i32.mul (local.get $f) (local.get $n)) (local.get $i)) (i32.const 2)))))
            (br_if $fnext (i32.lt_s (local.get $j) (i32.const 0)))
            (if (i32.ne (i32.load (i32.add (local.get $stamp) (i32.shl (local.get $j) (i32.const 2)))) (local.get $c)) (then
              (i32.store (i32.add (local.get $stamp) (i32.shl (local.get $j) (i32.const 2))) (local.get $c))
              (f64.store (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 3))) (f64.const 0))
              (i32.store (i32.add (local.get $touched) (i32.shl (local.get $nt) (i32.const 2))) (local.get $j))
              (local.set $nt (i32.add (local.get $nt) (i32.const 1)))))
            (local.set $t (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 3))))
            (f64.store (local.get $t) (f64.add (f64.load (local.get $t)) (local.get $ri))))
          (local.set $f (i32.add (local.get $f) (i32.const 1)))
          (br $fl)))
        (local.set $q (i32.add (local.get $q) (i32.const 1)))
        (br $rl)))
      ;; meat[ja, jb] += s[ja] * s[jb] over touched pairs, skipping s[ja] = 0
      (local.set $a (i32.const 0))
      (block $md (loop $ml
        (br_if $md (i32.ge_u (local.get $a) (local.get $nt)))
        (block $mnext
          (local.set $j (i32.load (i32.add (local.get $touched) (i32.shl (local.get $a) (i32.const 2)))))
          (local.set $sa (f64.load (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 3)))))
          (br_if $mnext (f64.eq (local.get $sa) (f64.const 0)))
          (local.set $row (i32.mul (local.get $j) (local.get $p)))
          (local.set $b (i32.const 0))
          (block $bd (loop $bl
            (br_if $bd (i32.ge_u (local.get $b) (local.get $nt)))
            (local.set $j (i32.load (i32.add (local.get $touched) (i32.shl (local.get $b) (i32.const 2)))))
            (local.set $t (i32.add (local.get $meat) (i32.shl (i32.add (local.get $row) (local.get $j)) (i32.const 3))))
            (f64.store (local.get $t) (f64.add (f64.load (local.get $t))
              (f64.mul (local.get $sa) (f64.load (i32.add (local.get $s) (i32.shl (local.get $j) (i32.const 3)))))))
            (local.set $b (i32.add (local.get $b) (i32.const 1)))
            (br $bl))))
        (local.set $a (i32.add (local.get $a) (i32.const 1)))
        (br $ml)))
      (local.set $c (i32.add (local.get $c) (i32.const 1)))
      (br $gl))))
)
