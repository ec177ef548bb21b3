/** A hand-made six-dispute MID table whose rates the reference tests compute by hand. */
export const HAND_MADE_HEADER =
  'dispute,start_year,start_month,side_a,side_b,side_a_codes,side_b_codes,states_a,states_b,revisionist_a,revisionist_b,revision_type_a,revision_type_b,contiguity,strategic_rivals,cinc_a,cinc_b,reciprocated,highest_action,hostility,fatality,duration_min_days,duration_max_days,outcome,settlement,ongoing_2010'

export const HAND_MADE_CSV = `${HAND_MADE_HEADER}
1,1950,1,"AAA","BBB","1","2",1,1,1,0,2,0,1,1,0.1,0.01,1,17,4,1,61,61,6,1,0
2,1960,1,"AAA","CCC","1","3",1,1,1,0,1,0,1,1,0.05,0.01,1,20,5,6,730,730,1,3,0
3,1970,1,"BBB","CCC","2","3",1,1,1,1,2,2,1,0,0.02,0.01,0,7,3,0,1,1,5,3,0
4,1980,1,"DDD","EEE","4","5",1,1,1,0,3,0,6,1,0.1,0.01,1,16,4,-9,100,120,6,1,0
5,1990,1,"AAA;FFF","BBB","1;6","2",2,1,1,0,2,0,1,1,,,1,16,4,0,300,300,6,1,0
6,2005,1,"AAA","GGG","1","7",1,1,1,0,2,0,1,1,0.2,0.01,1,17,4,2,400,400,-9,-9,1
`
