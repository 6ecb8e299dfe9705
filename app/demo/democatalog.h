// SPDX-License-Identifier: GPL-3.0-or-later
// The fixed reference data of the demo town Oostveld: departments, categories, users, names, phrases.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace meldpunt::demo {

/// How a category's volume changes over the year (a factor per month).
enum class Season { Flat, LeafBasket, Leaves, Weeds, Pruning, Storm, Wet, Dark, Summer, Frost, Count };
const std::array<double, 12>& seasonFactors(Season s);

struct DepartmentSpec {
    const char* code;
    const char* name;
    const char* nameFr;
    const char* email;
    const char* headLogin;
    const char* headName;
    /// Median lead time as a share of the SLA (in calendar days); below 1 means mostly on time.
    double leadFactor;
    /// Departments a report of this department is sometimes routed to instead (indices).
    std::vector<int> alternatives;
};

struct SubcategorySpec {
    const char* code;
    const char* name;
    const char* nameFr;
    int department; ///< index into departments()
    int slaDays;
    double weight; ///< relative volume
    Season season;
    bool litter; ///< concentrated on the hotspot streets
    bool urgentKind; ///< often high or urgent priority
    std::vector<const char*> phrases; ///< the core of a description, with {placeholders}
};

/// A main category; its department is derived from its subcategories (see DemoGenerator).
struct MainCategorySpec {
    const char* code;
    const char* name;
    const char* nameFr;
    std::vector<SubcategorySpec> subs;
};

struct UserSpec {
    const char* login;
    const char* name;
    const char* role;
    int department; ///< -1 for none
};

struct FirstName {
    const char* name;
    bool older; ///< a name of an older generation (more often answered by letter or phone)
};

const std::vector<DepartmentSpec>& departments();
const std::vector<MainCategorySpec>& categories();
const std::vector<UserSpec>& users();
const std::vector<FirstName>& firstNames();
const std::vector<const char*>& lastNames();
const std::vector<const char*>& mailDomains();

/// Street-name material: whole names that must exist, and parts to combine.
const std::vector<const char*>& landmarkStreets();
const std::vector<const char*>& streetStems();
const std::vector<const char*>& personStems();
const std::vector<const char*>& streetAdjectives();

/// Description material around the core phrase of a category.
const std::vector<const char*>& openings();
const std::vector<const char*>& closings();
const std::vector<const char*>& places();
const std::vector<const char*>& whenPhrases();
const std::vector<const char*>& durationPhrases();
const std::vector<const char*>& notes();
const std::vector<const char*>& holdNotes();

} // namespace meldpunt::demo
