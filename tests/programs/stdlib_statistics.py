# statistics: mean, median, mode, stdev, variance, quantiles on fixed data.
import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.pvariance(data))
print(round(st.stdev(data), 10), round(st.variance(data), 10), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]))
print(st.multimode("aabbbcc"), st.fmean([1.5, 2.5]), st.harmonic_mean([40, 60]), round(st.geometric_mean([1, 10, 100]), 10))
print(st.quantiles(range(1, 11), n=4), st.median_grouped([1, 2, 2, 3, 4]))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError", e)
