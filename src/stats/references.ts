/**
 * The bibliography every estimator cites. Results carry these keys in `references`; the report
 * prints the works from here, so a number on a chart can be traced to a paper.
 * Key: first author + year (+ letter). Add a work once; cite the paper implemented.
 */

export interface Reference {
  authors: string;
  year: number;
  title: string;
  journal: string;
  volume?: string;
  pages?: string;
  doi?: string;
}

export const references = {
  wilson1927: { authors: "Wilson EB", year: 1927, title: "Probable inference, the law of succession, and statistical inference", journal: "Journal of the American Statistical Association", volume: "22", pages: "209-212", doi: "10.1080/01621459.1927.10502953" },
  newcombe1998a: { authors: "Newcombe RG", year: 1998, title: "Two-sided confidence intervals for the single proportion: comparison of seven methods", journal: "Statistics in Medicine", volume: "17", pages: "857-872", doi: "10.1002/(SICI)1097-0258(19980430)17:8<857::AID-SIM777>3.0.CO;2-E" },
  newcombe1998b: { authors: "Newcombe RG", year: 1998, title: "Interval estimation for the difference between independent proportions: comparison of eleven methods", journal: "Statistics in Medicine", volume: "17", pages: "873-890", doi: "10.1002/(SICI)1097-0258(19980430)17:8<873::AID-SIM779>3.0.CO;2-I" },
  clopper1934: { authors: "Clopper CJ, Pearson ES", year: 1934, title: "The use of confidence or fiducial limits illustrated in the case of the binomial", journal: "Biometrika", volume: "26", pages: "404-413", doi: "10.1093/biomet/26.4.404" },
  brown2001: { authors: "Brown LD, Cai TT, DasGupta A", year: 2001, title: "Interval estimation for a binomial proportion", journal: "Statistical Science", volume: "16", pages: "101-133", doi: "10.1214/ss/1009213286" },
  agresti1998: { authors: "Agresti A, Coull BA", year: 1998, title: "Approximate is better than 'exact' for interval estimation of binomial proportions", journal: "The American Statistician", volume: "52", pages: "119-126", doi: "10.2307/2685469" },
  miettinen1985: { authors: "Miettinen O, Nurminen M", year: 1985, title: "Comparative analysis of two rates", journal: "Statistics in Medicine", volume: "4", pages: "213-226", doi: "10.1002/sim.4780040211" },
  mee1984: { authors: "Mee RW", year: 1984, title: "Confidence bounds for the difference between two probabilities", journal: "Biometrics", volume: "40", pages: "1175-1176" },
  farrington1990: { authors: "Farrington CP, Manning G", year: 1990, title: "Test statistics and sample size formulae for comparative binomial trials with null hypothesis of non-zero risk difference or non-unity relative risk", journal: "Statistics in Medicine", volume: "9", pages: "1447-1454", doi: "10.1002/sim.4780091208" },
  katz1978: { authors: "Katz D, Baptista J, Azen SP, Pike MC", year: 1978, title: "Obtaining confidence intervals for the risk ratio in cohort studies", journal: "Biometrics", volume: "34", pages: "469-474", doi: "10.2307/2530610" },
  woolf1955: { authors: "Woolf B", year: 1955, title: "On estimating the relation between blood group and disease", journal: "Annals of Human Genetics", volume: "19", pages: "251-253", doi: "10.1111/j.1469-1809.1955.tb01348.x" },
  fisher1935: { authors: "Fisher RA", year: 1935, title: "The logic of inductive inference", journal: "Journal of the Royal Statistical Society", volume: "98", pages: "39-82", doi: "10.2307/2342435" },
  cornfield1956: { authors: "Cornfield J", year: 1956, title: "A statistical problem arising from retrospective studies", journal: "Proceedings of the Third Berkeley Symposium on Mathematical Statistics and Probability", volume: "4", pages: "135-148" },
  pearson1900: { authors: "Pearson K", year: 1900, title: "On the criterion that a given system of deviations from the probable in the case of a correlated system of variables is such that it can be reasonably supposed to have arisen from random sampling", journal: "Philosophical Magazine", volume: "50", pages: "157-175", doi: "10.1080/14786440009463897" },
  yates1934: { authors: "Yates F", year: 1934, title: "Contingency tables involving small numbers and the chi-squared test", journal: "Supplement to the Journal of the Royal Statistical Society", volume: "1", pages: "217-235", doi: "10.2307/2983604" },
  mantel1959: { authors: "Mantel N, Haenszel W", year: 1959, title: "Statistical aspects of the analysis of data from retrospective studies of disease", journal: "Journal of the National Cancer Institute", volume: "22", pages: "719-748" },
  robins1986: { authors: "Robins J, Breslow N, Greenland S", year: 1986, title: "Estimators of the Mantel-Haenszel variance consistent in both sparse data and large-strata limiting models", journal: "Biometrics", volume: "42", pages: "311-323", doi: "10.2307/2531052" },
  greenland1985: { authors: "Greenland S, Robins JM", year: 1985, title: "Estimation of a common effect parameter from sparse follow-up data", journal: "Biometrics", volume: "41", pages: "55-68", doi: "10.2307/2530643" },
  sato1989: { authors: "Sato T", year: 1989, title: "On the variance estimator for the Mantel-Haenszel risk difference", journal: "Biometrics", volume: "45", pages: "1323-1324" },
  cochran1954: { authors: "Cochran WG", year: 1954, title: "Some methods for strengthening the common chi-squared tests", journal: "Biometrics", volume: "10", pages: "417-451", doi: "10.2307/3001616" },
  breslow1980: { authors: "Breslow NE, Day NE", year: 1980, title: "Statistical Methods in Cancer Research, Volume I: The Analysis of Case-Control Studies", journal: "IARC Scientific Publications No. 32" },
  tarone1985: { authors: "Tarone RE", year: 1985, title: "On heterogeneity tests based on efficient scores", journal: "Biometrika", volume: "72", pages: "91-95", doi: "10.1093/biomet/72.1.91" },
  mccullagh1989: { authors: "McCullagh P, Nelder JA", year: 1989, title: "Generalized Linear Models, 2nd edition", journal: "Chapman and Hall" },
  liang1986: { authors: "Liang KY, Zeger SL", year: 1986, title: "Longitudinal data analysis using generalized linear models", journal: "Biometrika", volume: "73", pages: "13-22", doi: "10.1093/biomet/73.1.13" },
  white1980: { authors: "White H", year: 1980, title: "A heteroskedasticity-consistent covariance matrix estimator and a direct test for heteroskedasticity", journal: "Econometrica", volume: "48", pages: "817-838", doi: "10.2307/1912934" },
  zeileis2020: { authors: "Zeileis A, Köll S, Graham N", year: 2020, title: "Various versatile variances: an object-oriented implementation of clustered covariances in R", journal: "Journal of Statistical Software", volume: "95(1)", pages: "1-36", doi: "10.18637/jss.v095.i01" },
  cameron2015: { authors: "Cameron AC, Miller DL", year: 2015, title: "A practitioner's guide to cluster-robust inference", journal: "Journal of Human Resources", volume: "50", pages: "317-372", doi: "10.3368/jhr.50.2.317" },
  albert1984: { authors: "Albert A, Anderson JA", year: 1984, title: "On the existence of maximum likelihood estimates in logistic regression models", journal: "Biometrika", volume: "71", pages: "1-10", doi: "10.1093/biomet/71.1.1" },
  muller2014: { authors: "Muller CJ, MacLehose RF", year: 2014, title: "Estimating predicted probabilities from logistic regression: different methods correspond to different target populations", journal: "International Journal of Epidemiology", volume: "43", pages: "962-970", doi: "10.1093/ije/dyu029" },
  localio2007: { authors: "Localio AR, Margolis DJ, Berlin JA", year: 2007, title: "Relative risks and confidence intervals were easily computed indirectly from multivariable logistic regression", journal: "Journal of Clinical Epidemiology", volume: "60", pages: "874-882", doi: "10.1016/j.jclinepi.2006.12.001" },
  welch1947: { authors: "Welch BL", year: 1947, title: "The generalization of 'Student's' problem when several different population variances are involved", journal: "Biometrika", volume: "34", pages: "28-35", doi: "10.1093/biomet/34.1-2.28" },
  kaplan1958: { authors: "Kaplan EL, Meier P", year: 1958, title: "Nonparametric estimation from incomplete observations", journal: "Journal of the American Statistical Association", volume: "53", pages: "457-481", doi: "10.1080/01621459.1958.10501452" },
  greenwood1926: { authors: "Greenwood M", year: 1926, title: "The natural duration of cancer", journal: "Reports on Public Health and Medical Subjects", volume: "33", pages: "1-26" },
  kalbfleisch2002: { authors: "Kalbfleisch JD, Prentice RL", year: 2002, title: "The Statistical Analysis of Failure Time Data, 2nd edition", journal: "Wiley" },
  mantel1966: { authors: "Mantel N", year: 1966, title: "Evaluation of survival data and two new rank order statistics arising in its consideration", journal: "Cancer Chemotherapy Reports", volume: "50", pages: "163-170" },
  cox1972: { authors: "Cox DR", year: 1972, title: "Regression models and life-tables", journal: "Journal of the Royal Statistical Society, Series B", volume: "34", pages: "187-220", doi: "10.1111/j.2517-6161.1972.tb00899.x" },
  efron1977: { authors: "Efron B", year: 1977, title: "The efficiency of Cox's likelihood function for censored data", journal: "Journal of the American Statistical Association", volume: "72", pages: "557-565", doi: "10.1080/01621459.1977.10480613" },
  lin1989: { authors: "Lin DY, Wei LJ", year: 1989, title: "The robust inference for the Cox proportional hazards model", journal: "Journal of the American Statistical Association", volume: "84", pages: "1074-1078", doi: "10.1080/01621459.1989.10478874" },
  angrist1996: { authors: "Angrist JD, Imbens GW, Rubin DB", year: 1996, title: "Identification of causal effects using instrumental variables", journal: "Journal of the American Statistical Association", volume: "91", pages: "444-455", doi: "10.1080/01621459.1996.10476902" },
  wooldridge2010: { authors: "Wooldridge JM", year: 2010, title: "Econometric Analysis of Cross Section and Panel Data, 2nd edition", journal: "MIT Press" },
  dersimonian1986: { authors: "DerSimonian R, Laird N", year: 1986, title: "Meta-analysis in clinical trials", journal: "Controlled Clinical Trials", volume: "7", pages: "177-188", doi: "10.1016/0197-2456(86)90046-2" },
  viechtbauer2005: { authors: "Viechtbauer W", year: 2005, title: "Bias and efficiency of meta-analytic variance estimators in the random-effects model", journal: "Journal of Educational and Behavioral Statistics", volume: "30", pages: "261-293", doi: "10.3102/10769986030003261" },
  hartung2001: { authors: "Hartung J, Knapp G", year: 2001, title: "A refined method for the meta-analysis of controlled clinical trials with binary outcome", journal: "Statistics in Medicine", volume: "20", pages: "3875-3889", doi: "10.1002/sim.1009" },
  higgins2002: { authors: "Higgins JPT, Thompson SG", year: 2002, title: "Quantifying heterogeneity in a meta-analysis", journal: "Statistics in Medicine", volume: "21", pages: "1539-1558", doi: "10.1002/sim.1186" },
  holm1979: { authors: "Holm S", year: 1979, title: "A simple sequentially rejective multiple test procedure", journal: "Scandinavian Journal of Statistics", volume: "6", pages: "65-70" },
  hochberg1988: { authors: "Hochberg Y", year: 1988, title: "A sharper Bonferroni procedure for multiple tests of significance", journal: "Biometrika", volume: "75", pages: "800-802", doi: "10.1093/biomet/75.4.800" },
  benjamini1995: { authors: "Benjamini Y, Hochberg Y", year: 1995, title: "Controlling the false discovery rate: a practical and powerful approach to multiple testing", journal: "Journal of the Royal Statistical Society, Series B", volume: "57", pages: "289-300", doi: "10.1111/j.2517-6161.1995.tb02031.x" },
  fleiss2003: { authors: "Fleiss JL, Levin B, Paik MC", year: 2003, title: "Statistical Methods for Rates and Proportions, 3rd edition", journal: "Wiley" },
  kish1965: { authors: "Kish L", year: 1965, title: "Survey Sampling", journal: "Wiley" },
  donner1981: { authors: "Donner A, Birkett N, Buck C", year: 1981, title: "Randomization by cluster: sample size requirements and analysis", journal: "American Journal of Epidemiology", volume: "114", pages: "906-914", doi: "10.1093/oxfordjournals.aje.a113261" },
  spiegelhalter2005: { authors: "Spiegelhalter DJ", year: 2005, title: "Funnel plots for comparing institutional performance", journal: "Statistics in Medicine", volume: "24", pages: "1185-1202", doi: "10.1002/sim.1970" },
  spiegelhalter2005b: { authors: "Spiegelhalter DJ", year: 2005, title: "Handling over-dispersion of performance indicators", journal: "Quality and Safety in Health Care", volume: "14", pages: "347-351", doi: "10.1136/qshc.2005.013755" },
  efron1987: { authors: "Efron B", year: 1987, title: "Better bootstrap confidence intervals", journal: "Journal of the American Statistical Association", volume: "82", pages: "171-185", doi: "10.1080/01621459.1987.10478410" },
  davison1997: { authors: "Davison AC, Hinkley DV", year: 1997, title: "Bootstrap Methods and their Application", journal: "Cambridge University Press" },
  field2007: { authors: "Field CA, Welsh AH", year: 2007, title: "Bootstrapping clustered data", journal: "Journal of the Royal Statistical Society, Series B", volume: "69", pages: "369-390", doi: "10.1111/j.1467-9868.2007.00593.x" },
  rosenberger2016: { authors: "Rosenberger WF, Lachin JM", year: 2016, title: "Randomization in Clinical Trials: Theory and Practice, 2nd edition", journal: "Wiley" },
  austin2009: { authors: "Austin PC", year: 2009, title: "Balance diagnostics for comparing the distribution of baseline covariates between treatment groups in propensity-score matched samples", journal: "Statistics in Medicine", volume: "28", pages: "3083-3107", doi: "10.1002/sim.3697" },
  wichura1988: { authors: "Wichura MJ", year: 1988, title: "Algorithm AS 241: the percentage points of the normal distribution", journal: "Journal of the Royal Statistical Society, Series C", volume: "37", pages: "477-484", doi: "10.2307/2347330" },
  golub2013: { authors: "Golub GH, Van Loan CF", year: 2013, title: "Matrix Computations, 4th edition", journal: "Johns Hopkins University Press" },
  taylor2024: { authors: "Taylor S, Blackshaw E, Dorsett R, Lawrence H, Stern D, Gilbert L, Raghoo N", year: 2024, title: "Impact of Family Group Conference referrals at pre-proceedings stage on child outcomes: a randomised controlled trial", journal: "British Journal of Social Work", doi: "10.1093/bjsw/bcae035" },
  schulz2010: { authors: "Schulz KF, Altman DG, Moher D", year: 2010, title: "CONSORT 2010 statement: updated guidelines for reporting parallel group randomised trials", journal: "BMJ", volume: "340", pages: "c332", doi: "10.1136/bmj.c332" },
  wald1943: { authors: "Wald A", year: 1943, title: "Tests of statistical hypotheses concerning several parameters when the number of observations is large", journal: "Transactions of the American Mathematical Society", volume: "54", pages: "426-482", doi: "10.1090/S0002-9947-1943-0012401-3" },
  wang2007: { authors: "Wang R, Lagakos SW, Ware JH, Hunter DJ, Drazen JM", year: 2007, title: "Statistics in medicine: reporting of subgroup analyses in clinical trials", journal: "New England Journal of Medicine", volume: "357", pages: "2189-2194", doi: "10.1056/NEJMsr077003" },
  matsumoto1998: { authors: "Matsumoto M, Nishimura T", year: 1998, title: "Mersenne Twister: a 623-dimensionally equidistributed uniform pseudo-random number generator", journal: "ACM Transactions on Modeling and Computer Simulation", volume: "8", pages: "3-30", doi: "10.1145/272991.272995" },
  abramowitz1964: { authors: "Abramowitz M, Stegun IA", year: 1964, title: "Handbook of Mathematical Functions with Formulas, Graphs, and Mathematical Tables", journal: "National Bureau of Standards, Applied Mathematics Series 55" },
  lentz1976: { authors: "Lentz WJ", year: 1976, title: "Generating Bessel functions in Mie scattering calculations using continued fractions", journal: "Applied Optics", volume: "15", pages: "668-671", doi: "10.1364/AO.15.000668" },
  press2007: { authors: "Press WH, Teukolsky SA, Vetterling WT, Flannery BP", year: 2007, title: "Numerical Recipes: The Art of Scientific Computing, 3rd edition", journal: "Cambridge University Press" },
  brent1973: { authors: "Brent RP", year: 1973, title: "Algorithms for Minimization without Derivatives", journal: "Prentice-Hall" },
  wilson1931: { authors: "Wilson EB, Hilferty MM", year: 1931, title: "The distribution of chi-square", journal: "Proceedings of the National Academy of Sciences", volume: "17", pages: "684-688", doi: "10.1073/pnas.17.12.684" },
  hyndman1996: { authors: "Hyndman RJ, Fan Y", year: 1996, title: "Sample quantiles in statistical packages", journal: "The American Statistician", volume: "50", pages: "361-365", doi: "10.2307/2684934" },
  phipson2010: { authors: "Phipson B, Smyth GK", year: 2010, title: "Permutation p-values should never be zero: calculating exact p-values when permutations are randomly drawn", journal: "Statistical Applications in Genetics and Molecular Biology", volume: "9", pages: "39", doi: "10.2202/1544-6115.1585" },
  satterthwaite1946: { authors: "Satterthwaite FE", year: 1946, title: "An approximate distribution of estimates of variance components", journal: "Biometrics Bulletin", volume: "2", pages: "110-114", doi: "10.2307/3002019" },
  fischetti1999: { authors: "Fischetti M, Salazar-González JJ", year: 1999, title: "Models and algorithms for the 2-dimensional cell suppression problem in statistical disclosure control", journal: "Mathematical Programming", volume: "84", pages: "283-312", doi: "10.1007/s101070050022" },
  goldstein1996: { authors: "Goldstein H, Spiegelhalter DJ", year: 1996, title: "League tables and their limitations: statistical issues in comparisons of institutional performance", journal: "Journal of the Royal Statistical Society, Series A", volume: "159", pages: "385-443", doi: "10.2307/2983325" },
} satisfies Record<string, Reference>;

export type ReferenceKey = keyof typeof references;
