#include "gateway/access/AccessKey.h"

#include <algorithm>

namespace gatehouse::gateway::access {

bool AccessKey::allowsModel(const std::string& model) const
{
    return models.empty() || std::find(models.begin(), models.end(), model) != models.end();
}

} // namespace gatehouse::gateway::access
