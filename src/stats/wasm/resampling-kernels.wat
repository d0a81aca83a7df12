;; The replicate loops of the risk difference's re-randomisation test and cluster bootstrap
;; (src/stats/resampling/*-risk-difference.ts), with their random draws: MT19937 continued from
;; a createRng generator's state (src/util/rng.ts), word for word, and the statistic's
;; floating-point operations in the JavaScript twin's order, so that every replicate has the
;; same bits. Glue: src/stats/wasm/resampling-kernels.ts. Compiled by scripts/build-wasm.mjs.
;;
;; Memory (laid out by the glue, byte offsets): the generator's 624 words (int32) at 0, the
;; tempered words of the current pass at 2496, the words they replaced at 4992 (7488 bytes in
;; all); the other blocks where the caller's pointers say.
;;
;; The stream: util/rng.ts reads word k (tempered) and at once regenerates it by MT19937's
;; recurrence, one word at a time. A kernel does the same a pass at a time ($pass): from word k
;; to 623 it keeps each word, tempers it into the pass's buffer and regenerates it, in the same
;; order, so every word comes out as it would have. A draw then reads the buffer at position p.
;; Regenerating word j reads only words j + 1 and j + 397 (mod 624), regenerated already when
;; they come before j and not yet when after, in either scheme; so when a kernel stops at p,
;; putting back the kept words p..623 leaves the state the one-at-a-time reader has at p.
(module
  (memory (export "memory") 1)

  ;; Tempers and regenerates words k..623 (Matsumoto & Nishimura 1998), keeping each word's
  ;; previous value: as util/rng.ts's Mt19937.word then twist on each in turn. With
  ;; next = (j + 1) mod 624 and partner = (j + 397) mod 624 (twist's three cases),
  ;; mt[j] = mt[partner] ^ (z >>> 1) ^ (−(z & 1) & 0x9908b0df), z = (mt[j] & 0x80000000) |
  ;; (mt[next] & 0x7fffffff).
  (func $pass (param $k i32)
    (local $y i32) (local $z i32) (local $at i32) (local $next i32) (local $partner i32)
    (block $done
      (loop $word
        (br_if $done (i32.ge_u (local.get $k) (i32.const 624)))
        (local.set $at (i32.shl (local.get $k) (i32.const 2)))
        (local.set $y (i32.load (local.get $at)))
        (i32.store offset=4992 (local.get $at) (local.get $y))
        ;; tempering
        (local.set $z (i32.xor (local.get $y) (i32.shr_u (local.get $y) (i32.const 11))))
        (local.set $z (i32.xor (local.get $z)
          (i32.and (i32.shl (local.get $z) (i32.const 7)) (i32.const 0x9d2c5680))))
        (local.set $z (i32.xor (local.get $z)
          (i32.and (i32.shl (local.get $z) (i32.const 15)) (i32.const 0xefc60000))))
        (i32.store offset=2496 (local.get $at)
          (i32.xor (local.get $z) (i32.shr_u (local.get $z) (i32.const 18))))
        ;; regenerate word k
        (local.set $next (i32.add (local.get $k) (i32.const 1)))
        (local.set $next
          (select (i32.const 0) (local.get $next) (i32.eq (local.get $next) (i32.const 624))))
        (local.set $partner (i32.add (local.get $k) (i32.const 397)))
        (local.set $partner
          (select (i32.sub (local.get $partner) (i32.const 624)) (local.get $partner)
            (i32.ge_u (local.get $partner) (i32.const 624))))
        (local.set $z (i32.or
          (i32.and (local.get $y) (i32.const 0x80000000))
          (i32.and (i32.load (i32.shl (local.get $next) (i32.const 2))) (i32.const 0x7fffffff))))
        (i32.store (local.get $at)
          (i32.xor
            (i32.xor (i32.load (i32.shl (local.get $partner) (i32.const 2)))
              (i32.shr_u (local.get $z) (i32.const 1)))
            (i32.and (i32.sub (i32.const 0) (i32.and (local.get $z) (i32.const 1)))
              (i32.const 0x9908b0df))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br $word))))

  ;; The end of a kernel stopped at byte position p (4 × word) of its pass: words p/4..623 put
  ;; back as they were; gives the position (0..623) of the next word to read.
  (func $stop (param $p i32) (result i32)
    (local $q i32)
    (local.set $q (local.get $p))
    (block $done
      (loop $word
        (br_if $done (i32.ge_u (local.get $q) (i32.const 2496)))
        (i32.store (local.get $q) (i32.load offset=4992 (local.get $q)))
        (local.set $q (i32.add (local.get $q) (i32.const 4)))
        (br $word)))
    (i32.rem_u (i32.shr_u (local.get $p) (i32.const 2)) (i32.const 624)))

  ;; Draws: each kernel keeps p, the byte position of the next tempered word in the pass (2496
  ;; when the pass is used up), and takes word w as: at 2496 a new $pass from 0 and p = 0; then
  ;; w = the word at 2496 + p, p += 4. An index in [0, n) is then floor(w · n / 2^32), as an
  ;; exact 64-bit multiply-shift: util/rng.ts's index(n) computes
  ;; Math.floor(((w >>> 0) * n) / 4294967296) in doubles, and the glue sends no n above 2^21,
  ;; so w · n < 2^32 · 2^21 = 2^53 is a whole number the double product holds exactly, dividing
  ;; by 2^32 (a power of 2) is exact, and the floor of the exact quotient is (w · n) >> 32.

  ;; `count` words of the stream (int32) to out, from word `at`, as the kernels draw them;
  ;; returns the next word's position. For tests: the words themselves against createRng's.
  (func (export "words") (param $at i32) (param $out i32) (param $count i32) (result i32)
    (local $p i32) (local $w i32)
    (local.set $p (i32.shl (local.get $at) (i32.const 2)))
    (call $pass (local.get $at))
    (block $done
      (loop $word
        (br_if $done (i32.eqz (local.get $count)))
        (if (i32.eq (local.get $p) (i32.const 2496))
          (then (call $pass (i32.const 0)) (local.set $p (i32.const 0))))
        (local.set $w (i32.load offset=2496 (local.get $p)))
        (local.set $p (i32.add (local.get $p) (i32.const 4)))
        (i32.store (local.get $out) (local.get $w))
        (local.set $out (i32.add (local.get $out) (i32.const 4)))
        (local.set $count (i32.sub (local.get $count) (i32.const 1)))
        (br $word)))
    (call $stop (local.get $p)))

  ;; `count` re-allocations, each a Fisher–Yates shuffle of the arm labels perm (bytes, 0 or 1,
  ;; per cluster) inside each stratum continued from the last, as rerandomisation-test.ts's
  ;; reallocate does; stratum s's clusters are order[bounds[s]] .. order[bounds[s + 1] − 1]
  ;; (int32). The risk difference of each re-allocation goes to values (f64), computed as
  ;; rerandomisationRiskDifference's statistic does from en = (e, n) per cluster (f64 pairs):
  ;; a = Σ t·e, m1 = Σ t·n in cluster order, m0 = nTotal − m1, a/m1 − (eTotal − a)/m0, NaN when
  ;; an arm is empty. Starts at word `at` of the state; returns the next word's position.
  (func (export "reallocate")
    (param $at i32) (param $perm i32) (param $en i32) (param $k i32) (param $order i32)
    (param $bounds i32) (param $strata i32) (param $values i32) (param $count i32)
    (param $eTotal f64) (param $nTotal f64) (result i32)
    (local $r i32) (local $s i32) (local $lo i32) (local $i i32) (local $j i32) (local $p i32)
    (local $w i32) (local $pa i32) (local $pb i32) (local $t i32) (local $end i32)
    (local $a f64) (local $m1 f64) (local $m0 f64) (local $tf f64)
    (local.set $p (i32.shl (local.get $at) (i32.const 2)))
    (call $pass (local.get $at))
    (local.set $end (i32.add (local.get $perm) (local.get $k)))
    (block $done
      (loop $replicate
        (br_if $done (i32.ge_u (local.get $r) (local.get $count)))
        ;; shuffle each stratum
        (local.set $s (i32.const 0))
        (block $strataDone
          (loop $stratum
            (br_if $strataDone (i32.ge_u (local.get $s) (local.get $strata)))
            (local.set $lo (i32.load (i32.add (local.get $bounds) (i32.shl (local.get $s) (i32.const 2)))))
            ;; i = the stratum's size − 1
            (local.set $i (i32.sub
              (i32.load offset=4 (i32.add (local.get $bounds) (i32.shl (local.get $s) (i32.const 2))))
              (i32.add (local.get $lo) (i32.const 1))))
            (block $shuffled
              (loop $swap
                (br_if $shuffled (i32.le_s (local.get $i) (i32.const 0)))
                ;; j = index(i + 1)
                (if (i32.eq (local.get $p) (i32.const 2496))
                  (then (call $pass (i32.const 0)) (local.set $p (i32.const 0))))
                (local.set $w (i32.load offset=2496 (local.get $p)))
                (local.set $p (i32.add (local.get $p) (i32.const 4)))
                (local.set $j (i32.wrap_i64 (i64.shr_u
                  (i64.mul (i64.extend_i32_u (local.get $w)) (i64.extend_i32_u (i32.add (local.get $i) (i32.const 1))))
                  (i64.const 32))))
                (local.set $pa (i32.add (local.get $perm) (i32.load (i32.add (local.get $order)
                  (i32.shl (i32.add (local.get $lo) (local.get $i)) (i32.const 2))))))
                (local.set $pb (i32.add (local.get $perm) (i32.load (i32.add (local.get $order)
                  (i32.shl (i32.add (local.get $lo) (local.get $j)) (i32.const 2))))))
                (local.set $t (i32.load8_u (local.get $pa)))
                (i32.store8 (local.get $pa) (i32.load8_u (local.get $pb)))
                (i32.store8 (local.get $pb) (local.get $t))
                (local.set $i (i32.sub (local.get $i) (i32.const 1)))
                (br $swap)))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $stratum)))
        ;; the statistic: a = Σ t·e, m1 = Σ t·n over clusters in order
        (local.set $a (f64.const 0))
        (local.set $m1 (f64.const 0))
        (local.set $pa (local.get $perm))
        (local.set $i (local.get $en))
        (block $summed
          (loop $sum
            (br_if $summed (i32.ge_u (local.get $pa) (local.get $end)))
            (local.set $tf (f64.convert_i32_u (i32.load8_u (local.get $pa))))
            (local.set $a (f64.add (local.get $a) (f64.mul (local.get $tf) (f64.load (local.get $i)))))
            (local.set $m1 (f64.add (local.get $m1) (f64.mul (local.get $tf) (f64.load offset=8 (local.get $i)))))
            (local.set $pa (i32.add (local.get $pa) (i32.const 1)))
            (local.set $i (i32.add (local.get $i) (i32.const 16)))
            (br $sum)))
        (local.set $m0 (f64.sub (local.get $nTotal) (local.get $m1)))
        (f64.store (local.get $values)
          (if (result f64)
            (i32.and (f64.gt (local.get $m1) (f64.const 0)) (f64.gt (local.get $m0) (f64.const 0)))
            (then (f64.sub (f64.div (local.get $a) (local.get $m1))
              (f64.div (f64.sub (local.get $eTotal) (local.get $a)) (local.get $m0))))
            (else (f64.const nan))))
        (local.set $values (i32.add (local.get $values) (i32.const 8)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $replicate)))
    (call $stop (local.get $p)))

  ;; `count` bootstrap replicates, each drawing every stratum's clusters with replacement within
  ;; the stratum, as cluster-bootstrap.ts's resample does: for each stratum s with
  ;; k = bounds[s + 1] − bounds[s] clusters, k times order[bounds[s] + index(k)]. The risk
  ;; difference of each replicate goes to values (f64), computed as
  ;; clusterBootstrapRiskDifference's statistic does from counts = (e1, n1, e0, n0) per cluster
  ;; (f64 quadruples): the four sums over the drawn clusters in the order drawn, then
  ;; a/m1 − c/m0, NaN when an arm is empty. Starts at word `at`; returns the next word's position.
  (func (export "resample")
    (param $at i32) (param $counts i32) (param $order i32) (param $bounds i32) (param $strata i32)
    (param $values i32) (param $count i32) (result i32)
    (local $r i32) (local $s i32) (local $lo i32) (local $k i32) (local $i i32) (local $j i32)
    (local $p i32) (local $w i32) (local $q i32)
    (local $a f64) (local $m1 f64) (local $c f64) (local $m0 f64)
    (local.set $p (i32.shl (local.get $at) (i32.const 2)))
    (call $pass (local.get $at))
    (block $done
      (loop $replicate
        (br_if $done (i32.ge_u (local.get $r) (local.get $count)))
        (local.set $a (f64.const 0))
        (local.set $m1 (f64.const 0))
        (local.set $c (f64.const 0))
        (local.set $m0 (f64.const 0))
        (local.set $s (i32.const 0))
        (block $strataDone
          (loop $stratum
            (br_if $strataDone (i32.ge_u (local.get $s) (local.get $strata)))
            (local.set $lo (i32.load (i32.add (local.get $bounds) (i32.shl (local.get $s) (i32.const 2)))))
            (local.set $k (i32.sub
              (i32.load offset=4 (i32.add (local.get $bounds) (i32.shl (local.get $s) (i32.const 2))))
              (local.get $lo)))
            (local.set $i (i32.const 0))
            (block $drawn
              (loop $draw
                (br_if $drawn (i32.ge_u (local.get $i) (local.get $k)))
                ;; j = index(k); q: the drawn cluster's four counts
                (if (i32.eq (local.get $p) (i32.const 2496))
                  (then (call $pass (i32.const 0)) (local.set $p (i32.const 0))))
                (local.set $w (i32.load offset=2496 (local.get $p)))
                (local.set $p (i32.add (local.get $p) (i32.const 4)))
                (local.set $j (i32.wrap_i64 (i64.shr_u
                  (i64.mul (i64.extend_i32_u (local.get $w)) (i64.extend_i32_u (local.get $k)))
                  (i64.const 32))))
                (local.set $q (i32.add (local.get $counts) (i32.shl
                  (i32.load (i32.add (local.get $order)
                    (i32.shl (i32.add (local.get $lo) (local.get $j)) (i32.const 2))))
                  (i32.const 5))))
                (local.set $a (f64.add (local.get $a) (f64.load (local.get $q))))
                (local.set $m1 (f64.add (local.get $m1) (f64.load offset=8 (local.get $q))))
                (local.set $c (f64.add (local.get $c) (f64.load offset=16 (local.get $q))))
                (local.set $m0 (f64.add (local.get $m0) (f64.load offset=24 (local.get $q))))
                (local.set $i (i32.add (local.get $i) (i32.const 1)))
                (br $draw)))
            (local.set $s (i32.add (local.get $s) (i32.const 1)))
            (br $stratum)))
        (f64.store (local.get $values)
          (if (result f64)
            (i32.and (f64.gt (local.get $m1) (f64.const 0)) (f64.gt (local.get $m0) (f64.const 0)))
            (then (f64.sub (f64.div (local.get $a) (local.get $m1)) (f64.div (local.get $c) (local.get $m0))))
            (else (f64.const nan))))
        (local.set $values (i32.add (local.get $values) (i32.const 8)))
        (local.set $r (i32.add (local.get $r) (i32.const 1)))
        (br $replicate)))
    (call $stop (local.get $p)))
)
