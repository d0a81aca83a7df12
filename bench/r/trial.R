# The statistics of `fgc trial`'s default plan in R, for the side-by-side timing in `npm run bench`
# (bench/trial.bench.ts). No report, no files: it prints one summary line so a run can be seen.
#
#   Rscript bench/r/trial.R [data-samples/trial/analysis.csv]
#
# What it computes, as src/trial/run.ts does on the default plan (seed 20240601):
#  - per binary outcome (looked_after_12m, proceedings_12m, entered_care_12m): arm rates, the
#    unadjusted risk difference, risk ratio and odds ratio; the adjusted logistic regression with
#    LA fixed effects + age_years, female, disability, SE clustered by family (sandwich::vcovCL,
#    HC1), and the adjusted RD and RR by marginal standardisation with delta-method SEs;
#  - days_in_care_12m: Welch's t test and the linear model with the same terms and clustered SE;
#  - time_to_care: Kaplan-Meier by arm, the log-rank test, and the Cox model (Efron ties)
#    stratified by LA with robust variance clustered by family;
#  - the complier average causal effect of the primary outcome by 2SLS (AER::ivreg), fgc_held
#    instrumented by arm, LA fixed effects, SE clustered by family;
#  - subgroups of the primary outcome (age band, sex, ethnicity, disability; the default plan's four): risk difference
#    within each level and the joint cluster-robust Wald test of the arm x level terms;
#  - 2,000 re-randomisations (whole families re-allocated within LA) and 2,000 cluster-bootstrap
#    replicates (families drawn with replacement within LA, percentile and BCa limits with the
#    leave-one-family-out jackknife) of the primary risk difference, from per-family events and
#    children, as src/stats/resampling does.
# Packages: sandwich, lmtest, survival, AER (Debian: r-cran-sandwich r-cran-lmtest
# r-cran-survival r-cran-aer).
suppressPackageStartupMessages({
  library(sandwich)
  library(lmtest)
  library(survival)
  library(AER)
})

args <- commandArgs(trailingOnly = TRUE)
file <- if (length(args) >= 1) args[1] else "data-samples/trial/analysis.csv"
d <- read.csv(file, stringsAsFactors = FALSE)
d$fgc <- as.integer(d$arm == "fgc")
d$female <- as.integer(d$sex == "F")
d$la <- factor(d$la_code)
binary <- c("looked_after_12m", "proceedings_12m", "entered_care_12m")
primary <- binary[1]
replicates <- 2000L
set.seed(20240601)

# Unadjusted: rates, RD, RR, OR with score-type intervals (prop.test; the toolkit's
# Miettinen-Nurminen limits cost the same order: a root search on a 2x2 table).
unadjusted <- function(y) {
  e <- tapply(y, d$fgc, sum)
  n <- tapply(y, d$fgc, length)
  pt <- prop.test(e[c("1", "0")], n[c("1", "0")], correct = FALSE)
  p1 <- e[["1"]] / n[["1"]]
  p0 <- e[["0"]] / n[["0"]]
  c(rd = p1 - p0, rd_lo = pt$conf.int[1], rd_hi = pt$conf.int[2], rr = p1 / p0,
    or = (p1 / (1 - p1)) / (p0 / (1 - p0)))
}

# Adjusted logistic model, clustered SE, and marginal standardisation with the delta method.
adjusted <- function(outcome) {
  f <- as.formula(paste(outcome, "~ fgc + la + age_years + female + disability"))
  fit <- glm(f, family = binomial, data = d)
  V <- vcovCL(fit, cluster = ~family_id, type = "HC1")
  b <- coef(fit)
  X <- model.matrix(fit)
  X1 <- X; X1[, "fgc"] <- 1
  X0 <- X; X0[, "fgc"] <- 0
  m1 <- plogis(drop(X1 %*% b)); m0 <- plogis(drop(X0 %*% b))
  g1 <- colMeans(X1 * (m1 * (1 - m1))); g0 <- colMeans(X0 * (m0 * (1 - m0)))
  p1 <- mean(m1); p0 <- mean(m0)
  se_rd <- sqrt(drop(t(g1 - g0) %*% V %*% (g1 - g0)))
  g <- g1 / p1 - g0 / p0
  se_logrr <- sqrt(drop(t(g) %*% V %*% g))
  c(or = exp(b[["fgc"]]), or_se = sqrt(V["fgc", "fgc"]), rd = p1 - p0, rd_se = se_rd,
    rr = p1 / p0, logrr_se = se_logrr)
}

est <- lapply(binary, function(o) c(unadjusted(d[[o]]), adj = adjusted(o)))
names(est) <- binary

# Days in care: Welch and the adjusted linear model with clustered SE.
welch <- t.test(days_in_care_12m ~ fgc, data = d)
lmfit <- lm(days_in_care_12m ~ fgc + la + age_years + female + disability, data = d)
md <- coeftest(lmfit, vcov. = vcovCL(lmfit, cluster = ~family_id, type = "HC1"))["fgc", ]

# Time to care: Kaplan-Meier, log-rank, Cox stratified by LA, robust by family.
km <- survfit(Surv(time_to_care_days, care_event) ~ fgc, data = d, conf.type = "log")
lr <- survdiff(Surv(time_to_care_days, care_event) ~ fgc, data = d)
cox <- coxph(Surv(time_to_care_days, care_event) ~ fgc + strata(la), data = d,
             cluster = family_id, ties = "efron")
hr <- exp(coef(cox)[["fgc"]])

# CACE: 2SLS of the primary outcome on fgc_held, instrumented by arm, LA fixed effects.
iv <- ivreg(as.formula(paste(primary, "~ fgc_held + la | fgc + la")), data = d)
cace <- coeftest(iv, vcov. = vcovCL(iv, cluster = ~family_id, type = "HC1"))["fgc_held", ]

# Subgroups of the primary outcome: RD per level and the interaction Wald test.
age_band <- cut(d$age_years, c(-Inf, 0, 1, 5, 10, 16, Inf), right = FALSE)
subgroups <- list(age_band = age_band, sex = d$sex, ethnicity = d$ethnicity,
                  disability = d$disability)
interaction_p <- sapply(subgroups, function(s) {
  s <- factor(s)
  keep <- !is.na(s)
  sub <- data.frame(y = d[[primary]][keep], fgc = d$fgc[keep], s = droplevels(s[keep]),
                    family_id = d$family_id[keep])
  for (l in levels(sub$s)) {
    inl <- sub$s == l
    if (length(unique(sub$fgc[inl])) == 2) prop.test(tapply(sub$y[inl], sub$fgc[inl], sum),
                                                     tapply(sub$y[inl], sub$fgc[inl], length),
                                                     correct = FALSE)
  }
  fit <- glm(y ~ fgc * s, family = binomial, data = sub)
  V <- vcovCL(fit, cluster = ~family_id, type = "HC1")
  idx <- grep("^fgc:", names(coef(fit)))
  b <- coef(fit)[idx]
  ok <- !is.na(b)
  w <- drop(t(b[ok]) %*% solve(V[idx[ok], idx[ok]]) %*% b[ok])
  pchisq(w, sum(ok), lower.tail = FALSE)
})

# Per-family events and children of the primary outcome, with arm and LA.
fam <- aggregate(cbind(events = d[[primary]], n = 1) ~ family_id + fgc + la, data = d, FUN = sum)
rd_of <- function(events, n, arm) sum(events[arm == 1]) / sum(n[arm == 1]) -
  sum(events[arm == 0]) / sum(n[arm == 0])
observed <- rd_of(fam$events, fam$n, fam$fgc)
by_la <- split(seq_len(nrow(fam)), fam$la)

# Re-randomisation: families re-allocated within LA (a permutation of arms within each LA).
rerand <- vapply(seq_len(replicates), function(r) {
  arm <- fam$fgc
  for (m in by_la) arm[m] <- arm[m][sample.int(length(m))]
  rd_of(fam$events, fam$n, arm)
}, numeric(1))
p_rerand <- (1 + sum(abs(rerand) >= abs(observed) * (1 - 1e-10))) / (1 + replicates)

# Cluster bootstrap: families drawn with replacement within LA; percentile and BCa limits.
boot <- vapply(seq_len(replicates), function(r) {
  ix <- unlist(lapply(by_la, function(m) m[sample.int(length(m), replace = TRUE)]),
               use.names = FALSE)
  rd_of(fam$events[ix], fam$n[ix], fam$fgc[ix])
}, numeric(1))
alpha <- 0.025
percentile <- quantile(boot, c(alpha, 1 - alpha), type = 6, names = FALSE)
jack <- vapply(seq_len(nrow(fam)), function(i) rd_of(fam$events[-i], fam$n[-i], fam$fgc[-i]),
               numeric(1))
z0 <- qnorm(mean(boot < observed))
u <- mean(jack) - jack
a <- sum(u^3) / (6 * sum(u^2)^1.5)
z <- qnorm(c(alpha, 1 - alpha))
bca <- quantile(boot, pnorm(z0 + (z0 + z) / (1 - a * (z0 + z))), type = 6, names = FALSE)

cat(sprintf(paste0(
  "R: %d children, %d families; %s adjusted OR %.2f, RD %.1f pp; days MD %.1f; HR %.2f; ",
  "CACE %.1f pp; interaction p %s; re-randomisation p %.4f (%d); bootstrap BCa %.1f to %.1f pp (%d)\n"),
  nrow(d), nrow(fam), primary, est[[primary]][["adj.or"]], 100 * est[[primary]][["adj.rd"]],
  md[["Estimate"]], hr, 100 * cace[["Estimate"]],
  paste(sprintf("%.2g", interaction_p), collapse = "/"), p_rerand, replicates,
  100 * bca[1], 100 * bca[2], replicates))
