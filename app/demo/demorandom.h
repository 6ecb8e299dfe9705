// SPDX-License-Identifier: GPL-3.0-or-later
// A small, fixed pseudo-random generator so that a demo seed gives the same city on every machine.
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace meldpunt::demo {

/// splitmix64: turns a seed (or a seed and a stream number) into well-mixed state words.
constexpr quint64 splitmix64(quint64& state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/// xoshiro256** with our own distributions. The standard library's distributions differ between
/// implementations, which would make a seed produce another city with another compiler.
class Rng final {
public:
    explicit Rng(quint64 seed, quint64 stream = 0)
    {
        quint64 s = seed ^ (stream * 0xD1B54A32D192ED03ull);
        for (quint64& word : m_s)
            word = splitmix64(s);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform integer in [0, n); Lemire's multiply-shift, bias below 2^-32 for our sizes.
    quint32 below(quint32 n) { return quint32((quint64(quint32(next() >> 32)) * n) >> 32); }
    qint64 below64(qint64 n) { return qint64(uniform() * double(n)); }
    bool chance(double p) { return uniform() < p; }

    /// Standard normal (Box–Muller; the second value of each pair is kept for the next call).
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u1 = uniform();
        if (u1 < 1e-300)
            u1 = 1e-300;
        const double u2 = uniform();
        const double r = std::sqrt(-2.0 * std::log(u1));
        const double a = 6.283185307179586 * u2;
        m_spare = r * std::sin(a);
        m_hasSpare = true;
        return r * std::cos(a);
    }
    /// Log-normal with the given median; sigma is the spread of the logarithm.
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

    template<typename T>
    const T& pick(const std::vector<T>& v)
    {
        return v[below(quint32(v.size()))];
    }

private:
    static constexpr quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4] {};
    double m_spare = 0;
    bool m_hasSpare = false;
};

/// Draws indices with given weights in O(log n): a cumulative table and a binary search.
class WeightedTable final {
public:
    WeightedTable() = default;
    explicit WeightedTable(const std::vector<double>& weights) { assign(weights); }

    void assign(const std::vector<double>& weights)
    {
        m_cumulative.resize(weights.size());
        double sum = 0;
        for (size_t i = 0; i < weights.size(); ++i) {
            sum += std::max(0.0, weights[i]);
            m_cumulative[i] = sum;
        }
    }
    bool isEmpty() const { return m_cumulative.empty() || m_cumulative.back() <= 0; }
    double total() const { return m_cumulative.empty() ? 0 : m_cumulative.back(); }
    int draw(Rng& rng) const
    {
        const double x = rng.uniform() * m_cumulative.back();
        const auto it = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), x);
        return int(std::min<ptrdiff_t>(it - m_cumulative.begin(), ptrdiff_t(m_cumulative.size()) - 1));
    }

private:
    std::vector<double> m_cumulative;
};

} // namespace meldpunt::demo
