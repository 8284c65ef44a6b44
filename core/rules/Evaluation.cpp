#include "core/rules/Evaluation.h"

namespace gatehouse::rules {

std::string_view verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allow:
        return "allow";
    case Verdict::Flag:
        return "flag";
    case Verdict::Redact:
        return "redact";
    case Verdict::Block:
        return "block";
    }
    return {};
}

Verdict verdictFor(Action action)
{
    switch (action) {
    case Action::Flag:
        return Verdict::Flag;
    case Action::Redact:
        return Verdict::Redact;
    case Action::Block:
        return Verdict::Block;
    }
    return Verdict::Block;
}

} // namespace gatehouse::rules
