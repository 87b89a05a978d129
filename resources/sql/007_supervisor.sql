-- Xiangzhi schema, version 7: a supervisor's copy of the county feed
-- (core/sync/supervisorfeed.h) holds the cases of every village; its case list filters
-- by village, so the filter gets an index that ends in id like the list's others.
CREATE INDEX cases_village ON cases(village_code, id);
