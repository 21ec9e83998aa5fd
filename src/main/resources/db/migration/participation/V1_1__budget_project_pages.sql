-- A round's public page lists its projects a page at a time; once tallied, funded first in the order chosen, then
-- by votes. This index serves that order without sorting a large round's projects on every page view.
CREATE INDEX budget_project_results_idx
    ON participation.budget_project (round_id, selected_order NULLS LAST, votes DESC NULLS LAST, id);
